## The screens of the app (tui/).

## The hint line: a key, then what it does.
hint-open = open
hint-filter = filter
hint-new = new
hint-mark = mark
hint-compare = compare
hint-merge = merge
hint-help = help
# Help's hint when the line had no room for every hint: `?` has the rest.
hint-more = more
hint-quit = quit
hint-add = add
hint-code = code
hint-pick = pick
hint-question = question
hint-undo = undo
hint-search = search
hint-profile = profile
hint-synthesis = synthesis
hint-group = group
hint-back = back
hint-counts-shares = counts/shares
hint-groups-sessions = groups/sessions
hint-scroll = scroll
hint-page = page
hint-take-out = take out
hint-pane = pane
hint-family = family
hint-move = move
hint-take = take
hint-close = close
hint-add-and-code-or-f1-f8 = add and code (or F1–F8)
hint-confirm = confirm
hint-cancel = cancel
hint-session = session
hint-compare-all-groups = compare all groups
hint-question-all = question / all
hint-follow = follow
hint-edit = edit
hint-question-up = question up
hint-down = down
hint-first = first
hint-second = second
hint-suggested = suggested
hint-other = other
hint-next-open = next open
hint-export = export
hint-actions = actions
hint-report = report
hint-remove = remove

## Any screen.
screen-too-small = { -app } needs a terminal of at least { $width }×{ $height }; this one is { $now_width }×{ $now_height }. Enlarge it: your work is saved.
failed-title = Could not open { $path }
failed-left-alone = The file was left exactly as it was: { -app } never writes over a file it could not read.
failed-fix = Fix it in a text editor (`spiral check FILE` names the line and column), or restore FILE.bak.
failed-quit = q quits.
prompt-keys = Enter confirms, Esc cancels
export-title = Export ({ $language }) · ↑↓ Enter Esc
export-replaced = An export of the same kind is replaced; the session file never is.

## Prompts (tui/overlay.rs) and finders (tui/finder.rs).
prompt-new-group = Name of the new group
prompt-rename-group = New name of the group
prompt-participants = Number of participants (empty: unknown)
prompt-new-session = Title of the new session
prompt-new-criterion = Wording of the criterion
prompt-reword-criterion = New wording of the criterion
prompt-save-as = Save the session to (a new file)
prompt-coder = Your name, for the notes you add
finder-search = Search notes
finder-pick = Code with a family or component
finder-move = Move the note to
finder-link = Link the note to the action

## The export menu: what each format is for.
export-html = summary page for the local support group (prints on A4)
export-md = the same summary as Markdown, for an e-mail or a wiki
export-csv-notes = spreadsheet: one row per note
export-csv-matrix = spreadsheet: groups × families, counts and shares
export-csv-binary = spreadsheet: one 0/1 column per family (R, SPSS, Stata)
export-csv-actions = spreadsheet: the actions, one row each, with what they answer
export-qdpx = REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder
finder-found = { $shown } of { $all }
finder-searching = searching…

## The session list (tui/view/list.rs, tui/list.rs).
list-header = { -app } · sessions in
list-filter = Filter
list-marked = { $n } marked (C compares)
list-shown = { $shown } of { $all ->
    [one] { $all } session
   *[other] { $all } sessions
}
list-empty = No session here yet. n creates one (or: spiral new FILE --title TITLE).
list-column-title = title
list-column-date = date
list-column-groups = groups
list-column-notes = notes
list-column-file = file
list-merge-marked = Mark the sessions to merge (Space): { $n } marked.
list-reconcile-marked = Mark the two codings to reconcile (Space): { $n } marked.
list-wrote-no-file = Wrote { $file }, which is no file to open.
list-none-yet = No session here yet: n creates one.
list-no-session = No session here.
list-unreadable = This file does not read; it cannot be compared.
list-marked-now = { $n } marked: C compares them.
list-nothing-to-compare = No session to compare: mark sessions with Space.

## The workshop screen (tui/view/workshop.rs).
count-notes = { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
count-criteria = { $n ->
    [one] { $n } criterion
   *[other] { $n } criteria
}
workshop-read-only = READ-ONLY
workshop-not-saved = NOT SAVED
workshop-in-memory = in memory
workshop-saving = saving
workshop-saved = saved
workshop-question = Question { $at }/{ $n }
workshop-no-question = No question
workshop-next-question = Tab: next question
workshop-groups = Groups
workshop-no-group = No group yet.
    g adds one.
# A group's participants, after its count of notes: "12 8p".
workshop-participants-short = { $n }p
workshop-families = Families
workshop-uncoded = { $n } uncoded
workshop-notes = Notes
workshop-add-group-first = Add a group with g, then type notes with a.
workshop-no-note = No note yet: a opens the capture line.
workshop-arrived-below = { $n } new below — { $key }
workshop-note = Note
workshop-suggested = Suggested
workshop-s-accepts = s accepts
workshop-not-coded = not coded
workshop-unknown-family = unknown family `{ $family }` (kept as it is)
workshop-family = Family
workshop-question-label = Question
workshop-no-coder = no coder
coder-asked = Who writes these notes? Type your name and press Enter.
coder-set = Notes are written by { $name }.
coder-needed = A note is saved with the name of who wrote it: no note was added.
capture-edit = Edit the note · Enter saves · Esc cancels
capture-new = New note · { $group } · { $question } · Enter adds · Esc closes
capture-pasted = Pasted { $n } lines. Enter: add them as { $n } notes · Ctrl-j: join into one line · Esc: drop

## The profile screen (tui/view/profile.rs).
profile-title = Profile
profile-all-questions = all questions
profile-participants = { $n ->
    [one] { $n } participant
   *[other] { $n } participants
}
profile-coded = { $n } coded
# The column of a family's share of the group's coded notes (5 columns at most).
profile-share = share
profile-apart = Not in the shares: { $uncoded } uncoded
profile-apart-unknown = , { $n } with a family this framework does not know
profile-no-group = No group yet.
profile-session = Session
profile-readings = pooled: { $coded ->
    [one] { $coded } coded note
   *[other] { $coded } coded notes
} · group mean of { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
}
profile-pooled = pooled
profile-group-mean = group mean

## What the workshop says on the status line (tui/workshop.rs).
workshop-came-back = Back where you were: { $group }, question { $at }/{ $n } { $question }.
workshop-read-only-undo = Read-only: nothing to undo.
workshop-nothing-to-undo = Nothing to undo.
workshop-undone = Undone: { $what }.
workshop-nothing-to-redo = Nothing to redo.
workshop-redone = Redone: { $what }.
workshop-history-cut = What came in from the file on disk changed what that step touched, so it cannot be undone or redone: the undo history starts again from here.
workshop-no-such-key = No { -family } has key { $key }.
workshop-other-framework = This session is coded with framework `{ $framework }`: open it with that framework (--framework FILE) to code.
workshop-unknown-family-short = unknown family `{ $family }`
workshop-recoded = Recoded: { $before } → { $after } · u undoes.
workshop-coded = Coded { $family }.
workshop-no-suggestion = No suggestion for this note.
workshop-coded-as-suggested = Coded { $family }, as suggested ({ $why }).
workshop-coded-suggested-other = Coded { $family }; suggested: { $suggested } ({ $why }). s again recodes it.
workshop-add-group = Add a { -group } first (g).
workshop-all-coded = Every note of this group is coded.
workshop-first-uncoded = First uncoded note: { $n } uncoded in this group.
workshop-no-note-selected = No note selected.
workshop-deleted = Note deleted (u brings it back).
workshop-deleted-unlinked = Note deleted; { $n ->
    [one] the action { $actions } no longer links
   *[other] the actions { $actions } no longer link
} to it (u brings both back).
workshop-now-collecting = Now collecting: { $question }.
workshop-group-needs-name = A group needs a name.
workshop-group-exists = There is a group named { $name } already.
workshop-group-added = Added group { $name }. n sets how many take part; a writes its first note.
workshop-no-group-selected = No group selected.
workshop-no-group-to-rename = No group to rename.
workshop-group-renamed = Renamed the group { $name }.
workshop-not-participants = `{ $text }` is not a number of participants.
workshop-participants = { $n ->
    [one] { $n } participant.
   *[other] { $n } participants.
}
workshop-participants-cleared = Number of participants cleared.
# The session's language changed (L): its labels, its exports.
workshop-language = Session language: { $language } (its summary and exports).
# The comparison shown in another language (L).
compare-language = Labels in { $language }.
workshop-moved-group = Moved to group { $group }.
workshop-moved-question = Moved to question { $question }.
workshop-not-exported = Not exported: { $why }
workshop-exported = Exported { $format }: { $file } ({ $kb } kB).
workshop-lock-freed = The other { -app } let this session go: Ctrl-s to write it here (it is read again from its file).
workshop-came-in = Came in from the file on disk: { $what }.
workshop-merged-copy = Merged a sync engine's conflict copy ({ $file }): { $what }.
workshop-changed-unreadable = The file was changed by another program and does not read as a session: nothing is written over it. W keeps this version in another file.
workshop-already-saved = Already saved: nothing changed since.
workshop-saved-now = Saved.
workshop-writable-now = Writable here now: read again from its file; what you change is saved.
workshop-still-held = Read-only: { $why }; nothing is saved here. Ctrl-s writes here once it is closed there.
workshop-saved-to = Saved to { $file }; the session now lives there.
workshop-not-a-file = This session is not saved to a file.

## The capture line (tui/screen/capture.rs).
capture-read-only-add = Read-only: notes cannot be added here.
capture-read-only-edit = Read-only: notes cannot be edited here.
capture-paste-dropped = Paste dropped.
capture-empty-edit = A note cannot be empty (d deletes it).
capture-edited = Note edited.
capture-empty = Empty note: nothing added.
capture-type-first = Type a note first: Alt and its family's digit add it, coded.
capture-coded-last = Coded the note just added: { $family }.
capture-added-coded = Added, coded { $family }.
capture-pasted-status = Pasted { $n } lines: Enter adds { $n } notes, Ctrl-j joins them into the line, Esc drops the paste.
capture-added-paste = Added { $n } notes from the paste (u undoes them at once).
workshop-save-as-read-only = Read-only: { $why }; save it elsewhere from the window that writes it.
workshop-export-nowhere = This session is not saved to a file: there is nowhere to export beside it.

## The app as a whole (tui/app.rs).
app-read-only = Read-only: { $why }. Changes are off.
app-other-framework = This session was coded with framework `{ $session }`; it is shown with `{ $framework }`.
app-quit-anyway = { $why } Press q again to quit anyway.
app-closed-back = Closed { $file }; back to the territory.
app-back = Back to the territory.
app-closed-back-to-list = Closed { $file }; back to the session list.
app-back-to-list = Back to the session list.
app-needs-title = A session needs a title.
app-created = Created { $file }. Its details: Enter edits one, Esc when done; then g adds a group.
app-made = Made { $file }: { $what } { $progress }
finder-nothing = Nothing matches.

# A label before its value ("Family:"; French puts a no-break space before the colon).
label = { $label }:
finder-move-group = group: { $name }
finder-move-question = question: { $name }
workshop-uncoded-now = Uncoded.
