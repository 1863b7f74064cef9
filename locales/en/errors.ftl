## Why an import, an edit, a merge, a reconcile or an export was refused, and what a file says is wrong in it (import/, ops/, model/, merge.rs, reconcile.rs, export/, profile/, territory/, intake.rs).

## Imports (import/): why a file, or some of its rows, cannot be imported.
## Nothing is imported then. `path:line:col` prefixes are added by the code.

# A row's reason, after its line number: "line 12: the group is empty".
import-at-line = line { $line }: { $reason }
# The first line of a refused import, before the rows; $count is $n as shown; $n chooses the plural.
import-rows = { $n ->
   *[other] { $count } row(s) cannot be imported, so nothing was:
}
# After the first 20 rows: how many more cannot be imported ($more is $n as shown).
import-more = { $n ->
   *[other] … and { $more } more
}
import-nul = the file holds NUL bytes: it is not a text spreadsheet, or it is UTF-16; save it as UTF-8 ("CSV UTF-8") and import it again
import-not-utf8 = the file is not UTF-8 text; if it is Latin-1 (ISO-8859-1), import it with --encoding latin1
import-not-utf16 = the file starts as UTF-16 text (its byte-order mark) but is not UTF-16 from here; save it as UTF-8 ("CSV UTF-8") and import it again
import-no-question = no question `{ $question }` in the session; its questions are: { $questions }
import-text-empty = the note's text is empty
import-group-empty = the group is empty
import-no-question-row = no question `{ $question }` in the session (its questions: { $questions })
import-no-question-column = no question: add a `question` column, or give --question
# $keys: how many families the framework has (a family's key is 1 to $keys).
import-no-family = no family `{ $family }` in framework `{ $framework }` (use a key 1-{ $keys }, an id or a label)
import-no-component = no component `{ $component }` in family `{ $family }`
import-component-without-family = a component without a family
import-codings-columns = codings need the columns `id` and `family` (as `spiral export --format csv-notes` writes them)
import-no-note = no note `{ $id }` in the session
import-quote-open = the quote that opens this cell is never closed, so every line after it would be part of it
import-quote-then-text = text after the quote that closes a cell; a quote inside a quoted cell is written twice ("")
import-quote-inside = a quote inside a cell that does not start with one; put the cell in quotes and write the quote twice ("")
import-header-columns = the header needs at least the columns `group` and `text` (it has: { $columns })
# $named: how many columns the header has; $delimiter: `,` or `;`.
import-extra-cells = { $cells } cells, but the header names { $named }; put a text holding `{ $delimiter }` in quotes

## Adding a note to a session file (ops/add.rs, `spiral add`).

# Ends "… is open in another spiral (Ana), still after 5 s; …".
ops-add-then = add the note there, or close it first
ops-add-no-question = no question `{ $question }` in { $file }; its questions are: { $questions }
ops-add-group-empty = the group name is empty
ops-add-no-group = no group named `{ $group }` in { $file }; its groups are: { $groups } (add --create-group to add it)
# The groups of a session that has none, in ops-add-no-group.
ops-add-no-groups = none
ops-add-note-empty = the note is empty
ops-add-no-coder = no one is named to write the note: give --coder NAME (or set SPIRAL_CODER, or the session's facilitators with spiral set --facilitator NAME)

## Checking a file (ops/check.rs, `spiral check`), after "path:" or "path:line:col:".

ops-check-other-framework = warning: coded with framework `{ $coded }`, checked against `{ $framework }`
ops-check-unknown-family = warning: note { $note } is coded `{ $family }`, a family framework `{ $framework }` does not know (kept, shown as unknown)
ops-check-unknown-component = warning: note { $note } has component `{ $component }`, which family `{ $family }` of framework `{ $framework }` does not have (kept, shown as unknown)
# $notes is $n as shown; $n chooses the plural.
ops-check-ok = ok ({ $groups } groups, { $n ->
   *[other] { $notes } notes
}, { $coded } coded)

## Two coders (ops/coders.rs) and merges (ops/merge.rs).

ops-coder-empty = the coder's name is empty
# Why a new file is not written over one that exists: "… already exists; the blind copy is a new file".
ops-new-blind-copy = the blind copy is a new file
ops-new-reconcile = the file to reconcile in is a new file
ops-new-merge = the merge writes a new file
# "12 shared notes: 9 coded alike by Ana and Lisa, 3 to decide." $shared is $n as shown; $n chooses the plural.
ops-reconciling = { $n ->
   *[other] { $shared } shared notes
}: { $agreed } coded alike by { $first } and { $second }, { $to_decide } to decide.
# $notes is $n as shown; $n chooses the plural.
ops-merged = Merged { $files } sessions into { $file }: { $n ->
   *[other] { $notes } notes
}.
# Follows ops-merged. $conflicts is $n as shown; $n chooses the plural.
ops-merged-conflicts = { $n ->
   *[other] { $conflicts } conflicts
} (the most recent change kept): listed in { $list }.

## The session's details and questions, as the details form and `spiral set` refuse them (ops/details.rs).

ops-details-title = A session needs a title.
ops-details-date = “{ $date }” is not a date: write it YYYY-MM-DD (2026-11-23).
ops-details-question-words = A question needs words.
ops-details-no-question = No such question.
ops-details-at-end = It is already at the end.
ops-details-answered = “{ $question }” is answered by { $n } notes: the questions keep the order they were asked in.
ops-details-no-group = No such group.
ops-details-group-name = A group needs a name.
ops-details-group-taken = Another group is named “{ $name }”.

## What makes a session file inconsistent (model/session.rs), after "path:line:col:".
## `criterion` is the name of a line in the file.

session-duplicate-question = duplicate question id `{ $id }`
session-no-question = the session has no question
session-duplicate-group = duplicate group id `{ $id }`
session-duplicate-criterion = duplicate criterion id `{ $id }`
session-duplicate-note = duplicate note id `{ $id }`
session-unknown-group = note `{ $note }` names group `{ $group }`, which the session does not have
session-unknown-question = note `{ $note }` answers question `{ $question }`, which the session does not have
session-unknown-criterion = note `{ $note }` is merged into criterion `{ $criterion }`, which the session does not have (remove its `criterion` line)
session-criterion-family = note `{ $note }` is merged into criterion `{ $criterion }` of family `{ $family }` but is coded `{ $coded }` (remove its `criterion` line, or code it `{ $family }`)
# $coded in session-criterion-family, for a note that is not coded.
session-uncoded = (uncoded)

## Merging facilitators' files (merge.rs): refusals, and the report of every choice made,
## a line each, written beside the merged file.

merge-nothing = nothing to merge
merge-frameworks = { $first } was coded with framework `{ $first_id }` (fingerprint { $first_print }) and { $other } with `{ $other_id }` (fingerprint { $other_print }); files of different frameworks are not merged
merge-inconsistent = the merged session is not consistent: { $why }
# A note's family, when it has none.
merge-uncoded = uncoded
# A note's coder, when it has none.
merge-no-coder = no coder
# One version of a note: “its words” (family, coder, modified 2026-11-23T14:02:11Z).
merge-version = “{ $text }” ({ $family }, { $coder }, modified { $modified })
# The first word of a report line, before what it says: "conflict: note …".
merge-conflict = conflict:
merge-removed = removed:
merge-remark = note:
# A note deleted in one file ($by, at $at) and changed in another after it: brought back (merge-kept follows).
merge-revived = note { $id } was deleted by { $by } at { $at } and changed after that elsewhere: brought back
merge-note-conflict = note { $id }
# Under merge-note-conflict: the version kept, and each version that lost.
merge-kept = kept: { $version }
merge-lost = lost: { $version }
merge-group-version = “{ $name }” ({ $participants } participants)
merge-group-version-unknown = “{ $name }” (unknown participants)
# $kept and $lost: merge-group-version (or -unknown), $lost a list.
merge-group-conflict = group { $id } kept as { $kept }; also seen as { $lost }
merge-criterion-version = “{ $wording }” (family { $family })
merge-criterion-conflict = criterion { $id } kept as { $kept }; also { $lost }
merge-left-criterion = note { $note } left criterion { $criterion }: it is coded { $coded }, the criterion's family is { $family }
# $files: the files (a list) in which the criterion was removed.
merge-removed-criterion = criterion { $id } “{ $wording }”: removed in { $files }, where its notes left it later
# $kept and $lost: merge-quoted, $lost a list.
merge-question-conflict = question { $id } kept as { $kept }; also worded { $lost }
# A question's wording, quoted.
merge-quoted = “{ $words }”
merge-same-name = { $n } different groups are named “{ $name }” (ids { $ids }); they are kept apart
merge-group-kept = group kept as { $kept }; also seen as { $lost }
merge-criterion-kept = criterion kept as { $kept }; also { $lost }
# A note (by its words) that left a criterion (by its wording): for a screen, no ids.
merge-left-criterion-words = note “{ $words }” left criterion “{ $wording }”: it is coded { $coded }, the criterion's family is { $family }
merge-removed-criterion-words = criterion “{ $wording }”: removed in { $files }, where its notes left it later
merge-question-kept = question kept as { $kept }; also worded { $lost }
merge-same-name-apart = { $n } different groups are named “{ $name }”; they are kept apart
# The newest change of the file a detail's kept value came from (a note changed or deleted), or none.
merge-newest = newest change { $at }
merge-newest-none = no dated change
# A detail the files give differently, kept from the file changed last. $kept and $lost: merge-quoted, $lost a list; $file: where the kept value came from; $when: merge-newest (or -none).
merge-title-conflict = title kept as { $kept }, from { $file } ({ $when }); also { $lost }
merge-place-conflict = place kept as { $kept }, from { $file } ({ $when }); also { $lost }
merge-date-conflict = date kept as { $kept }, from { $file } ({ $when }); also { $lost }
# $kept: the questions' ids in the order kept; a merge-file-list line follows for each file that asks them in another order.
merge-question-order = the files ask the questions in different orders; kept: { $kept }
# Under a line: a file, and its list (its questions' order, its facilitators).
merge-file-list = { $file }: { $list }
# $kept: every facilitator of every file; a merge-file-list line follows for each file that lacks some.
merge-facilitators = { -facilitator(n: 2) } kept as { $kept }: every name any file gives
merge-facilitators-none = none

## Taking in another version of the open session (intake.rs).

# The two versions merged, as a refusal names them: "this version was coded with framework …".
intake-this-version = this version
intake-other-version = the other version
# A conflict on a note, in short: note “its words” kept f3 (Bo), lost f1 (Anna).
intake-revived = note “{ $words }” was deleted by { $by } and changed after that elsewhere: brought back
intake-note-conflict = note “{ $words }” kept { $kept }, lost { $lost }
# A version that lost with other words than the kept one: “its words” f1 (Anna).
intake-other-words = “{ $words }” { $version }

## Reconciling two codings (reconcile.rs): refusals. $first and $second are files.

reconcile-error-frameworks = { $first } and { $second } were coded with different frameworks (`{ $first_id }`, fingerprint { $first_print }; `{ $second_id }`, fingerprint { $second_print }); they cannot be reconciled
reconcile-error-nothing = { $first } and { $second } share no note: they are not two codings of one session

## Exports (export/mod.rs); the cause follows where the error is shown.

export-error-write = cannot write the export

## Synthesis (profile/synthesis.rs): why merging notes into a criterion was refused, on the status line.

synthesis-refused-wording = A criterion needs a wording.
synthesis-refused-gone = That criterion is gone.
synthesis-refused-already = These notes are in that criterion already.
synthesis-refused-in-none = These notes are in no criterion.
synthesis-refused-split = Only notes of this criterion can be split off.
synthesis-refused-same = The wording is the same.
synthesis-refused-mark = Mark notes first (Space).
synthesis-refused-marked-gone = A marked note is gone.
synthesis-refused-one-family = A criterion holds notes of one family only.

## The territory's feed (territory/mod.rs).

# $what: what came in (intake-new, intake-conflicts…); $copy: where the copy was put away.
territory-links-left-out = { $n ->
    [one] Left out: { $links } is a link to a folder; spiral reads and writes nothing through links.
   *[other] Left out: { $links } are links to folders; spiral reads and writes nothing through links.
}
territory-merged-copy = Merged a copy of { $name } a sync engine kept: { $what }. The copy is in { $copy }.
territory-names-not-utf8 = { $n ->
    [one] Left out 1 file whose name is not UTF-8 (rename it to read it): { $names }.
   *[other] Left out { $n } files whose names are not UTF-8 (rename them to read them): { $names }.
}
