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
