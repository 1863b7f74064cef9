## The analysis screens: comparison, synthesis, reconcile, territory,
## projector, the details form (tui/view/, tui/).
## The comparison (tui/view/compare.rs, tui/compare.rs).
compare-all-questions = all questions
compare-shares = shares
compare-counts = counts
compare-title = Comparison
compare-groups = { $n ->
    [one] { $n } group
   *[other] { $n } groups
}
compare-sessions = { $n ->
    [one] { $n } session
   *[other] { $n } sessions
}
compare-coded = { $n ->
    [one] { $n } coded note
   *[other] { $n } coded notes
}
# The column of each row's coded notes (7 columns at most).
compare-coded-column = coded
compare-nothing = No coded note to compare yet.
compare-rows = rows { $from }–{ $to } of { $all } (↑↓)
compare-marks = + / − notably more / less than the others (adjusted residual beyond ±{ $limit })
compare-test = χ² = { $chi2 }, dof { $dof }, p { $p }, Cramér's V = { $v }
compare-test-title = Test of homogeneity
compare-distance-title = Distance from pooled
compare-one-session = One session: its groups are compared (mark several sessions in the list to compare sessions).

## The synthesis (tui/view/synthesis.rs, tui/screen/synthesis.rs).
synthesis-title = Synthesis
synthesis-hold = { $criteria ->
    [one] { $criteria } criterion holds
   *[other] { $criteria } criteria hold
} { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
synthesis-not-merged-count = { $n } not merged
synthesis-marked = { $n } marked
synthesis-criteria = Criteria
synthesis-not-merged = Not merged
# A criterion's wording, in the language's quotation marks.
synthesis-quoted = “{ $wording }”
synthesis-similar = { $n } similar ≈ (n)
synthesis-criterion-empty = No note in this criterion any more: d dissolves it, u undoes.
synthesis-family-empty = No coded note of this family yet. Code notes in the workshop, then merge them here.
synthesis-all-merged = Every note of this family is in a criterion.
synthesis-marks-for-notes = Marks are for notes: Tab goes to the notes.
synthesis-no-note = No note here.
synthesis-none-marked = No note marked.
synthesis-marked-now = { $n } marked.
synthesis-marked-similar = { $n } marked · { $similar } similar (≈, n goes to the next).
synthesis-no-similar = No similar note: mark a note first.
synthesis-mark-first = Mark notes first (Space).
synthesis-marked-gone = A marked note is gone.
synthesis-split = Split off: { $n ->
    [one] { $n } note
   *[other] { $n } notes
} under “{ $wording }”.
synthesis-merged = Merged: { $n ->
    [one] { $n } note
   *[other] { $n } notes
} under “{ $wording }”.
synthesis-select-to-add = Select a criterion on the left (Tab, ↑↓), then a adds the marked notes to it.
synthesis-added = Added { $n ->
    [one] { $n } note
   *[other] { $n } notes
} to “{ $wording }”.
synthesis-mark-to-take-out = Mark the notes to take out (Space).
synthesis-taken-out = { $n ->
    [one] { $n } note taken out of its criterion.
   *[other] { $n } notes taken out of their criterion.
}
synthesis-select-to-reword = Select a criterion on the left to reword it.
synthesis-no-criterion = No criterion selected.
synthesis-reworded = Reworded.
synthesis-select-to-dissolve = Select a criterion on the left to dissolve it.
synthesis-dissolved = Dissolved “{ $wording }”: its notes are not merged (u undoes).

## Reconciling two codings (tui/view/reconcile.rs, tui/screen/reconcile.rs).
reconcile-title = Reconcile
reconcile-disagreements = { $n ->
    [one] { $n } disagreement
   *[other] { $n } disagreements
}
reconcile-the-note = The note
reconcile-uncoded = uncoded
reconcile-suggested = suggested
reconcile-no-suggestion = no suggestion
reconcile-decided = Decided
reconcile-by = by { $who }
reconcile-open = Not decided yet: a, b, s, or 1–8 for another family.
reconcile-agree = The coders agree on every note: nothing to reconcile.
reconcile-nothing = Nothing to reconcile here: in the session list, mark two codings of a session (Space) and press R.
reconcile-all-decided = { $n ->
    [one] The disagreement is decided.
   *[other] All { $n } disagreements decided.
}
reconcile-decided-of = { $done } of { $n ->
    [one] { $n } disagreement
   *[other] { $n } disagreements
} decided.
reconcile-no-codings = This note has no codings to reconcile.
reconcile-decided-now = Decided: { $family }. { $progress }

## The projector view (tui/view/projector.rs, tui/screen/projector.rs).
projector-every-question = every question
projector-not-coded = Not coded yet
projector-earlier = { $n } earlier
projector-showing = Showing: { $question }.
projector-showing-all = Showing every question.
projector-follows = follows the { -facilitator }
projector-held = held here — { $key } follows
projector-following-again = Following the { -facilitator } again.

## A territory folder (tui/view/territory.rs, tui/territory.rs).
territory-header = { -app } · territory
territory-coded-live = { $share } coded · live
territory-copies-waiting = { $n ->
    [one] { $n } conflict copy waiting
   *[other] { $n } conflict copies waiting
}
territory-sessions = Sessions
territory-empty = No session file in this folder yet: the feed shows them as they come.
sync-stignore-lacks = Run `{ $command }`: this Syncthing folder's .stignore lacks { -app }'s lines, so locks, backups and temporary files would travel between laptops.
territory-last-change = last change
territory-arriving = arriving…
territory-feed = Arriving: the newest notes first (+ new, ~ changed)
# The co-responsibility actions of the territory's sessions (each session's count follows).
territory-actions = Actions
# The actions not shown, when the box is full.
territory-actions-more = … and { $n } more

## The session details form (tui/details.rs, tui/view/details.rs).
details-title = Title
details-place = Place
details-date = Date
details-facilitators = Facilitators
details-language = Language
details-question = Question { $n }
details-add-question = + Add a question
details-add-question-where = after the others (a territory's own)
details-group = Group
details-description = Description
details-participants = Participants
details-only-questions = Only questions are reordered.
details-reordered = Questions reordered.
details-none = (none)
# A detail just changed: "Place: Alby."
details-changed = { $label }: { $value }.
details-form-title = Session details · Enter edits · Esc closes
compare-unreadable = Not compared: { $n } of { $all } sessions do not read. { $why }
# The rows of a comparison of sessions, in the test's sentence ("The 2 sessions' profiles …").
compare-sessions-word = sessions
compare-left-out = Left out: { $what }.
compare-left-groups = groups with no coded note: { $names }
compare-left-sessions = sessions with no coded note: { $names }
compare-left-families = families with no note: { $names }
compare-left-uncoded = { $n ->
    [one] { $n } uncoded note
   *[other] { $n } uncoded notes
}
compare-left-unknown = { $n ->
    [one] { $n } note coded with a family the framework does not know
   *[other] { $n } notes coded with a family the framework does not know
}

## The actions screen (tui/screen/actions.rs): the session's
## co-responsibility actions, one selected, its details or its form.
actions-title = Co-responsibility actions
actions-count = { $n ->
    [one] { $n } action
   *[other] { $n } actions
}
actions-none = No action yet: n adds one, for what the territory does together in answer to what the groups said.
actions-since = since { $when }
actions-not-started = not started
actions-no-report = no report yet
# The latest report: its date, who wrote it, its first line.
actions-latest = { $date } { $by }: { $text }
# $families: the families' keys and labels, a list.
actions-unanswered = Named most, no action yet: { $families }
actions-all-answered = Every family the groups named most has an action.
actions-quoted = “{ $text }”
actions-who = Who
actions-what = What and why
actions-families = Families
actions-criteria = Criteria
actions-notes = The citizens' words
actions-generalise = Potential to generalise
actions-reports = Progress reports
actions-questions = Open questions
actions-form-title = Title
actions-form-started = Started
actions-form-status = Status
actions-form-add-actor = + Add an actor (NAME, or NAME:KIND)
actions-form-add-family = + Add a family (its key, id or label)
actions-form-add-criterion = + Add a synthesis criterion (its wording or id)
actions-form-add-question = + Add an open question
actions-form-kinds = kinds: { $kinds }
actions-form = Action: { $title }
actions-line-new = The new action's title
actions-line-started = Started: a month (YYYY-MM) or a day (YYYY-MM-DD); empty: not said
actions-line-report = Progress report of { $date }, by { $by }
actions-added = Action added: “{ $title }”.
actions-changed = { $label }: { $value }.
actions-taken-out = Taken out: { $value }.
actions-reported = Report added to “{ $title }”.
actions-removed = Action removed: “{ $title }” (u brings it back).
actions-linked = Linked to “{ $title }”.
actions-already-linked = The note already answers “{ $title }”.
actions-no-action = No action selected: n adds one.
actions-nothing-to-link = The session has no action yet: A opens the actions, n adds one.
actions-nothing-to-take-out = Only an actor, a family or an open question is taken out.
