"""The demo's words: names, notes, choices, questions and answers, as a teacher would write them (core/demo.py
draws from them)."""

from __future__ import annotations

from autonomy.core.catalogue import HABITS_OF_MIND


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words(
    "Aylin Zoë José Ngozi Łukasz Amara Liam Sofia Noah Emma Mateo Chloé Oliver Maya Ethan Ava Lucas Mia Arjun Priya "
    "Kwame Fatima Yusuf Leila Hiroshi Yuki Mei Wei Dmitri Anya Søren Freya Björn Ines Tomás Lucía Ömer Elif Siân "
    "Niamh Declan Aoife Kofi Ama Jamal Aaliyah Diego Valentina Rafael Camila Nikolai Olga Hana Jonas Lena Felix "
    "Renée Théo Chidi Zainab Ravi Ananya Malik Imani Sami Noor Ezra Ruth Kai Leilani Owen Grace"
)
LAST_NAMES = _words(
    "García Müller Nowak Okafor Yılmaz Nguyen Kowalski Smith Johnson Brown Patel Singh Kim Park Chen Wang Tanaka "
    "Sato Rossi Bianchi Dubois Lefèvre Jansen Visser Andersen Nielsen Søndergaard O'Brien Murphy Kelly Walsh "
    "Adeyemi Mensah Boateng Haddad Khalil Rahman Hussain Costa Silva Pereira Santos Hernández López Martínez Ivanova "
    "Petrov Novák Horváth Kovač Schmidt Fischer Weber Larsen Berg Lindqvist Taylor Wilson Evans Thomas Clarke Hughes "
    "Ahmed Mwangi Otieno Zhang Liu Das Reyes Cruz Ortiz Baker"
)
_SUBJECTS = ("Science", "Mathematics", "English", "History", "Geography", "Art", "Music", "Computing", "French",
             "Design & Technology", "Physical Education", "Biology")

# Which dimensions a catalogue category plausibly belongs to (None = no dimension). Categories missing here
# (observations, or ones a future catalogue adds) fit every dimension.
_AFFINITY: dict[str, tuple[str | None, ...]] = {
    "finished_choice": ("choice", "pacing"), "on_task_away": ("workspace",), "helped_peer": (None, "workspace"),
    "asked_for_help": (None, "pacing", "demonstration"), "kept_plan": ("pacing",),
    "honest_self_check": ("demonstration",), "returned_on_time": ("workspace",), "left_area": ("workspace",),
    "did_not_finish": ("pacing", "choice", "demonstration"), "distracted_others": (None, "workspace"),
    "off_task": ("workspace", "pacing"), "missed_check_in": ("workspace", "pacing"),
    "misused_materials": (None, "choice", "demonstration"),
}
_HABITS_FOR: dict[str, tuple[str, ...]] = {
    "finished_choice": ("persisting", "striving_for_accuracy"), "on_task_away": ("managing_impulsivity",),
    "helped_peer": ("listening_with_empathy", "thinking_interdependently", "communicating_clearly"),
    "asked_for_help": ("questioning", "metacognition"), "kept_plan": ("persisting", "managing_impulsivity"),
    "honest_self_check": ("metacognition", "striving_for_accuracy"), "returned_on_time": ("managing_impulsivity",),
    "distracted_others": ("managing_impulsivity", "listening_with_empathy"), "struggled": ("persisting",),
    "tried_new_freedom": ("responsible_risks", "continuous_learning"),
}
_ALL_HABITS = tuple(key for key, _ in HABITS_OF_MIND)
_NOTES: dict[str, tuple[str, ...]] = {
    "finished_choice": ("Finished the task they picked, and early.", "Done and checked before the bell."),
    "on_task_away": ("Worked steadily in the hallway all lesson.", "Focused at the window table without prompts."),
    "helped_peer": ("Explained the method to a classmate.", "Helped a new student find the materials."),
    "asked_for_help": ("Asked for help after trying two ways.", "Came to check the instructions, then carried on."),
    "kept_plan": ("Kept to the weekly plan.", "Met their own deadline for the draft."),
    "honest_self_check": ("Marked their own quiz fairly.", "Said which part was still weak."),
    "returned_on_time": ("Back at the agreed time.", "Checked in at the door on time."),
    "left_area": ("Found in the canteen during the lesson.", "Went past the agreed corner."),
    "did_not_finish": ("Half the chosen task left.", "Draft not ready on the day they set."),
    "distracted_others": ("Chatting pulled the table off task.", "Phone video shown around the group."),
    "off_task": ("Gaming tab open when I walked by.", "Drawing, not the task, for most of the lesson."),
    "missed_check_in": ("Did not come back at half time.", "Forgot the 20-minute check-in."),
    "misused_materials": ("Laptop used for something else.", "Left the lab kit scattered."),
    "noticed": ("Quieter than usual today.", "Asked good questions in the discussion."),
    "tried_new_freedom": ("First lesson working outside the room.", "First time planning the week alone."),
    "struggled": ("Found the fractions hard but kept at it.", "Frustrated, then tried another way."),
}
_CHECK_IN_NOTES = ("Checked in: all fine, just quiet lately.", "Checked in: wants to try the reading nook.",
                   "Checked in: a bit lost in the unit, made a plan together.")
# What a student might choose, per dimension and per level (the level the choice belongs to).
_CHOICES: dict[str, tuple[tuple[str, ...], ...]] = {
    "workspace": (("Assigned seat",), ("Reading nook", "Window table", "Standing desk", "Back table"),
                  ("Bench outside the door", "Table by the door"), ("Hallway alcove", "Bench by the lockers"),
                  ("Library corner", "Learning commons", "Quiet study room")),
    "pacing": (("Class timetable",), ("Hardest task first", "Practice before the reading"),
               ("Weekly plan agreed on Monday",), ("Own deadline: draft by Thursday", "Own deadline: quiz on Friday"),
               ("Self-paced unit plan", "Moved ahead after a self-check")),
    "choice": (("Assigned worksheet",), ("Task 2 from the menu", "The challenge problems", "Option card: poster"),
               ("Task reworked around football statistics", "Essay topic adapted with me"),
               ("Own proposal: model bridge", "Own proposal: podcast interview"),
               ("Own project: school garden survey", "Own project: a quiz game in Scratch")),
    "demonstration": (("Worksheet", "Unit test"), ("Poster", "Short video", "Oral explanation"),
                      ("Lab report with agreed rubric", "Comic strip with agreed criteria"),
                      ("Proposed a podcast episode", "Proposed a model with a write-up"),
                      ("Portfolio with self-assessment", "Self-assessed presentation")),
}
PROMPTS = (
    "What happened, from where you stood?", "What were you thinking at the time?",
    "How are you feeling about it now?", "Who else was affected, and how?", "What would make it right?",
    "What could you do differently next time?", "What do you need from me to make this work?",
    "How could you notice sooner that it is slipping?", "Which part of the agreement was hardest to keep?",
    "How will we both know it is going well again?", "What did you do well today, even so?",
)
_STUDENT_WORDS = (
    "I thought I'd be back before anyone noticed.", "My friend needed help and I lost track of time.",
    "I got stuck and didn't want to ask in front of everyone.", "Honestly I was bored, the task felt too easy.",
    "I didn't think it mattered if I was a few minutes late.", "I know. I wasn't ready for that much freedom.",
    "The others were loud and I joined in.", "I planned too much for one week.",
    "I was tired, I stayed up late.", "I wanted to show I could do it alone, then I couldn't.",
)
_AGREEMENTS: dict[str | None, tuple[str, ...]] = {
    "workspace": ("Check in at the door every 15 minutes this week.", "Work in sight of the door until Friday."),
    "pacing": ("Write the day's plan on a sticky note and show it first.", "Split the task into two deadlines."),
    "choice": ("Pick from the set tasks for a week, then propose again.", "Agree the task in writing first."),
    "demonstration": ("Agree the success criteria before starting.", "Show a draft halfway through."),
    None: ("Say when it isn't working before it goes wrong.", "Sit near a calm partner for a week."),
}
_OUTCOMES = ("Kept to the agreement all week.", "Mostly kept it; one late check-in, talked it through.",
             "Back on track and proud of it.", "Asked for help twice instead of drifting off: a real change.")
_DISMISS_UP = ("Wants to see one more week first.", "Not ready for the next level yet.",
                    "Busy unit; revisit after the test.")
_DISMISS_REFLECT = ("Sorted it out on the spot.", "A quick word at the door was enough.", None)
_DISMISS_BACK = ("Rough week at home; keeping the level with daily check-ins.", "Talked it through instead.")
