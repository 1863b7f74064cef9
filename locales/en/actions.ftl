## Co-responsibility actions (model/action.rs, ops/actions.rs,
## merge/actions.rs, cli/action.rs): what the territory does together.

# An action's status.
action-status-planned = planned
action-status-running = running
action-status-paused = paused
action-status-ended = ended
# What an actor is.
action-kind-municipal = municipal department
action-kind-association = association or NGO
action-kind-public-body = public body
action-kind-residents = residents
action-kind-company = company

# A change to the actions, as undo and redo name it.
change-add-action = add action
change-remove-action = remove action
change-edit-action = edit action
change-action-report = add a progress report
change-actions = change the actions

# What makes a session file's actions inconsistent.
session-duplicate-action = duplicate action id `{ $id }`
session-action-unknown-note = action `{ $action }` answers note `{ $note }`, which the session does not have (remove it from the action's `notes`)
session-action-unknown-criterion = action `{ $action }` answers criterion `{ $criterion }`, which the session does not have (remove it from the action's `criteria`)

# What a merge decided about actions. $action: its id, or its title quoted.
merge-action-version = “{ $title }” ({ $status }, changed { $modified })
# $fields: the fields that differ, as the file names them.
merge-action-conflict = action { $action }: { $fields } differ
merge-action-revived = action { $action } was deleted by { $by } at { $at } and changed after that elsewhere: brought back
merge-action-unlinked-note = action { $action } no longer answers note { $note }: the note is not in the merge
merge-action-unlinked-criterion = action { $action } no longer answers criterion { $criterion }: the criterion is not in the merge

# Why an action's edit was refused ($value: what was given).
action-refused-title = an action needs a title
action-refused-start = `{ $value }` is not a month (YYYY-MM) or a day (YYYY-MM-DD)
action-refused-day = `{ $value }` is not a day (YYYY-MM-DD)
action-refused-status = `{ $value }` is not a status; one of: { $accepted }
action-refused-kind = `{ $value }` is not a kind of actor; one of: { $accepted }
action-refused-actor = an actor needs a name
action-refused-family = `{ $value }` is not a family: give its key (1-8), id or label (`spiral categories` lists them)
action-refused-criterion = the session has no criterion `{ $value }`: give its id or its wording (`spiral synthesis` lists them)
# $ids: the criteria's ids, a list.
action-refused-criterion-ambiguous = `{ $value }` names several criteria ({ $ids }): give the id
action-refused-note = the session has no note `{ $value }`: give its id, or its first characters (`spiral export --format csv-notes` lists them)
action-refused-note-ambiguous = `{ $value }` starts the ids of several notes: give more of it
action-refused-action = the session has no action `{ $value }`: give its id, its first characters or its title (`spiral action list` lists them)
action-refused-action-ambiguous = `{ $value }` names several actions: give more of the id
action-refused-report = a progress report needs a text
action-refused-question = an open question needs a text
action-refused-not-there = the action has no `{ $value }` to take out

# spiral action: what to do when the session is open in the app.
action-then = change the action there, or close it first
action-no-one = no one is named to write the report: give --by NAME (or set SPIRAL_CODER, or the session's facilitators with spiral set --facilitator NAME)
action-unchanged = nothing changed
# $what: the change (change-edit-action…), $title and $id the action's.
action-said = { $what }: “{ $title }” ({ $id })
# spiral action list, as text.
action-list-none = no action yet
action-list-since = { $status }, since { $started }
action-list-actors = actors: { $actors }
# $names: the families' keys and labels, a list.
action-list-answers = answers { $families ->
    [0] no family
    [one] family { $names }
   *[other] families { $names }
} · { $criteria ->
    [one] { $criteria } criterion
   *[other] { $criteria } criteria
} · { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
action-list-report = latest report { $date } ({ $by }): { $text }
action-list-questions = { $n ->
    [one] { $n } open question
   *[other] { $n } open questions
}

# What came in from another version: actions new, changed or gone.
intake-actions = { $n ->
    [one] { $n } action changed
   *[other] { $n } actions changed
}
