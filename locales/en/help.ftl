## Help: what each key does, by where it is pressed (tui/keymap.rs).
## Ids: key-<where>-<what>.

# List
key-list-up = previous session
key-list-down = next session
key-list-open = open the selected session
key-list-filter = filter the list (fuzzy, as you type)
key-list-new-session = new session (asks for its title)
key-list-back = clear the filter
key-list-mark = mark the selected session for comparison
key-list-compare = compare the marked sessions (or the selected one): groups side by side, tested
key-list-merge-sessions = merge the marked sessions (facilitators' files) into a new one; conflicts are written beside it
key-list-reconcile = reconcile the two marked codings of a session (makes a new file beside the first)
key-list-help = help
key-list-quit = quit

# Workshop
key-workshop-capture = capture notes: type, Enter adds and keeps the line open, Esc closes
key-workshop-code = code the selected note into family 1–8 (then go to the next uncoded note below)
key-workshop-uncode = uncode the selected note
key-workshop-accept-suggestion = accept the suggested family (a coded note: show its suggestion; s again recodes)
key-workshop-pick-component = pick a family or component (fuzzy, any language)
key-workshop-next-question = next question (new notes take the current question)
key-workshop-prev-question = previous question
key-workshop-up = previous note
key-workshop-down = next note
key-workshop-prev-group = previous group
key-workshop-next-group = next group
key-workshop-page-up = a page up
key-workshop-page-down = a page down
key-workshop-top = first note
key-workshop-bottom = last note
key-workshop-first-uncoded = go to the group's first uncoded note
key-workshop-details = the session's details: title, place, date, facilitators, language, questions, the group's description and participants
key-workshop-edit = edit the selected note
key-workshop-delete = delete the selected note (u brings it back)
key-workshop-move = move the selected note to another group or question
key-workshop-new-group = add a group
key-workshop-rename-group = rename the selected group
key-workshop-participants = set the group's number of participants
key-workshop-language = the session's next language (en, sv, da, fr), for its summary and exports
key-workshop-undo = undo
key-workshop-redo = redo
key-workshop-save = save now (autosave does it after every change); after another program changed the file, write over it
key-workshop-profile = profile of the group and the session
key-workshop-compare = compare the session's groups: table, residuals, chi-square, distances
key-workshop-synthesis = synthesis: merge notes that say the same thing into criteria
key-workshop-actions = co-responsibility actions: what the territory does together in answer to what the groups said
key-workshop-link-to-action = link the selected note to an action (a picker of the session's actions; Enter links)
key-workshop-save-as = save the session to another file (it then lives there)
key-workshop-reconcile = reconcile: walk through the notes two coders disagree on
key-workshop-export = export: summary page, Markdown, spreadsheets, REFI-QDA (written beside the session)
key-workshop-search = search every note of the session
key-workshop-help = help
key-workshop-back = clear the message
key-workshop-quit = quit, or back to the session list or territory the session was opened from (everything is already saved)

# Profile
key-profile-prev-group = previous group
key-profile-next-group = next group
key-profile-next-question = bars for the next question (or all)
key-profile-language = next language
key-profile-help = help
key-profile-back = back to the workshop
key-profile-quit = quit
key-profile-actions = the co-responsibility actions (and the families named most that no action answers yet)

# Co-responsibility actions
key-actions-up = previous action
key-actions-down = next action
key-actions-edit = the selected action's form: each line edited on its own
key-actions-new = a new action (its title asked for)
key-actions-report = a dated progress report on the selected action (today, by who writes the notes)
key-actions-delete = remove the selected action (u brings it back)
key-actions-page-up = scroll the details up
key-actions-page-down = scroll the details down
key-actions-undo = undo
key-actions-redo = redo
key-actions-language = next language
key-actions-help = help
key-actions-back = back to the workshop
key-actions-quit = quit

# An action's form
key-action-form-up = previous line
key-action-form-down = next line
key-action-form-submit = edit the line (the status: the next one; a + line: add one)
key-action-form-delete = take out the actor, family or open question selected
key-action-form-undo = undo
key-action-form-redo = redo
key-action-form-back = close the form

# Compare
key-compare-up = scroll up
key-compare-down = scroll down
key-compare-toggle-shares = counts or shares
key-compare-next-question = next question (or all)
key-compare-toggle-by = compare groups or whole sessions
key-compare-language = next language
key-compare-help = help
key-compare-back = back
key-compare-quit = quit

# Synthesis
key-synthesis-prev-group = previous family
key-synthesis-next-group = next family
key-synthesis-code = go to family 1–8
key-synthesis-up = previous criterion or note
key-synthesis-down = next criterion or note
key-synthesis-page-up = a page up
key-synthesis-page-down = a page down
key-synthesis-top = first
key-synthesis-bottom = last
key-synthesis-switch-pane = between the criteria and their notes
key-synthesis-mark = mark or unmark the note (similar notes get ≈)
key-synthesis-next-similar = go to the next similar note (≈)
key-synthesis-merge = merge the marked notes under a new wording (from a criterion: split them off)
key-synthesis-add-to-criterion = add the marked notes to the selected criterion
key-synthesis-take-out = take the marked (or selected) notes out of their criterion
key-synthesis-reword = reword the selected criterion
key-synthesis-dissolve = dissolve the selected criterion (its notes stay, unmerged)
key-synthesis-undo = undo
key-synthesis-redo = redo
key-synthesis-language = next language
key-synthesis-help = help
key-synthesis-back = clear the marks, or back to the workshop
key-synthesis-quit = quit

# Reconcile
key-reconcile-down = next disagreement
key-reconcile-up = previous disagreement
key-reconcile-take-first = take the first coder's family
key-reconcile-take-second = take the second coder's family
key-reconcile-accept-suggestion = take the suggested family
key-reconcile-code = decide on another family, 1–8
key-reconcile-next-similar = next note not decided yet
key-reconcile-undo = undo
key-reconcile-redo = redo
key-reconcile-help = help
key-reconcile-back = back to the workshop (decisions are saved as made)
key-reconcile-quit = quit

# Menu
key-menu-up = previous format
key-menu-down = next format
key-menu-submit = export in the selected format
key-menu-cancel = close

# Finder
key-finder-up = previous result
key-finder-down = next result
key-finder-submit = take the selected result
key-finder-cancel = close

# Capture
key-capture-submit = add the note, uncoded (the line stays open)
key-capture-add-and-code = add the note coded in that family (on an empty line: code the note just added); the line stays open
key-capture-next-question = next question (the next notes take it)
key-capture-prev-question = previous question
key-capture-cancel = close the line (selects the last note added)
key-capture-join-paste = after a multi-line paste: join the lines into one note

# Projector
key-projector-prev-group = previous group
key-projector-next-group = next group
key-projector-next-question = one question, the next, or all of them
key-projector-follow = go where the facilitator is, and follow them again (moving by hand holds the view)
key-projector-quit = quit

# Territory
key-territory-up = previous session
key-territory-down = next session
key-territory-page-up = ten sessions up
key-territory-page-down = ten sessions down
key-territory-open = open the session (q closes it and comes back here)
key-territory-compare = the live comparison of every group of the territory
key-territory-help = help
key-territory-quit = quit

# Details
key-details-up = previous detail
key-details-down = next detail
key-details-submit = edit the detail (Enter again makes the change; the language goes to the next)
key-details-move-up = move the question up (while no note answers it or the one above)
key-details-move-down = move the question down
key-details-back = close the form

# TextLine
key-text-line-submit = confirm
key-text-line-cancel = cancel

# Help
key-help-up = scroll up
key-help-down = scroll down
key-help-page-up = a page up
key-help-page-down = a page down
key-help-top = to the top
key-help-bottom = to the end
key-help-back = close help

## Where keys are pressed: the headings of help.
context-list = Session list
context-workshop = Workshop
context-profile = Profile
context-compare = Comparison
context-synthesis = Synthesis
context-menu = Export menu
context-reconcile = Reconcile two codings
context-finder = Search, picker and filter
context-capture = Capture line
context-text-line = Prompts
context-details = Session details
context-projector = Projector view
context-territory = Territory (a folder)
context-actions = Co-responsibility actions
context-action-form = An action's form
context-help = Help

help-title = Help · ↑↓ scroll · Esc closes
help-text-lines = Text lines also take ←/→, Home/End, Ctrl-a/e, Ctrl-w (word), Ctrl-u (line). Ctrl-c quits anywhere.
help-rules = Coding rules (SPIRAL)
## SPIRAL's rules for assigning a note (shared/method.md).
help-rule-1 = Take the explicit meaning, without over-interpreting or adding your own cultural references.
help-rule-2 = Identify its purpose: who acts, and for whom.
help-rule-3 = Consider which question it answers.
help-rule-4 = Assign the { -family } first, then the { -component }.
help-rule-5 = If in doubt, assign the more general { -component }.
help-keys-file = Your keys: { $file } changes { $n ->
    [one] { $n } binding
   *[other] { $n } bindings
} (shown below).
help-keys-none = Your keys: a keymap file { $file } changes any binding below (see the README).
help-keys-refused = Your keys: { $file } was refused (the status line said why as { -app } started); the keys below are the shipped ones.

## Key names on screen (tui/keymap.rs, key_name_in): as a keyboard of
## the language prints them; a keymap file keeps the English names.

key-name-space = Space
key-name-ctrl = Ctrl
key-name-shift-tab = Shift-Tab
key-name-page-up = PgUp
key-name-page-down = PgDn
key-name-home = Home
key-name-end = End

## The printable key card (`spiral keys`, tui/keycard.rs).

keycard-title = { -app } — workshop keys
keycard-keys-shipped = The keys as shipped.
keycard-keys-yours = Your keys: { $file } changes { $n ->
    [one] { $n } binding
   *[other] { $n } bindings
}.
keycard-keys-refused = The keys as shipped: your keymap file { $file } was refused, and { -app } uses these meanwhile.
keycard-capture = Capture and code
keycard-move = Move around
keycard-edit = Edit and undo
keycard-look = Search, analyse, export
keycard-wall = The wall (projector)
keycard-wall-intro = { -app } FILE --view opens the wall: the group's notes by family, live and read-only, following the { -facilitator }.
keycard-end = Save, help, quit
keycard-more = Every key of every screen is in { -app }'s help:
