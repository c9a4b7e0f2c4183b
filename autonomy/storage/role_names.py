"""The server's group roles (README, "A shared server"): members of these are administrators or coaches; any other
role that may log in and use the tables is a teacher. Apart, so the engine (database.py) and the grants and
policies (roles.py) both name them without importing each other."""

ADMIN_ROLE = "autonomy_admin"
COACH_ROLE = "autonomy_coach"
TEACHER_ROLE = "autonomy_teacher"
CHECKIN_ROLE = "autonomy_checkin"  # a classroom computer's login for the students' check-in
