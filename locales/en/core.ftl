## What the core says that the status line quotes: the step an undo or
## redo undid, what came in from disk, why a session is read-only, what a
## save did (model/change.rs, intake.rs, store/session_file.rs).

# A change, as undo and redo name it ("Undone: code note.").
change-add-note = add note
change-delete-note = delete note
change-criterion = change criterion
change-edit-note = edit note
change-move-note = move note
change-code-note = code note
# $family: the family the note was coded as, its key and label.
change-code-note-as = code note as { $family }
change-add-group = add group
change-remove-group = remove group
change-group = change group
change-language = change language
change-details = change the session's details
change-questions = change the questions
change-add-criterion = add criterion
change-remove-criterion = remove criterion
change-reword-criterion = reword criterion
change-merge = merge into a new criterion
change-criteria = change criteria
change-add-notes = add { $n } notes
change-many = { $n } changes

# What came in from the file on disk, or from a sync engine's copy.
intake-new = { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
intake-new-from = { $n ->
    [one] { $n } note
   *[other] { $n } notes
} from { $coders }
intake-changed = { $n ->
    [one] { $n } note changed
   *[other] { $n } notes changed
}
intake-changed-by = { $n ->
    [one] { $n } note changed
   *[other] { $n } notes changed
} by { $coders }
intake-deleted = { $n ->
    [one] { $n } note deleted
   *[other] { $n } notes deleted
}
intake-details = details changed
intake-conflicts = { $n ->
    [one] { $n } conflict
   *[other] { $n } conflicts
}: { $which }
intake-nothing = nothing new

# Why a session is read-only, as the end of a sentence.
read-only-held = this session is open in another { -app } ({ $who })
read-only-no-lock = { -app } cannot make its lock file beside this session, so it writes nothing here ({ $why })
read-only-view = this is the projector view: it shows, and never writes

# What a save the user did not wait for says.
save-saved = Saved { $file }.
save-deleted = { $file } was deleted by another program; your work is kept here. Ctrl-s writes it there again, W saves it elsewhere.
save-changed = { $file } was changed by another program since { -app } saved it; it is not written over. Ctrl-s writes over it with what you see here, W saves elsewhere.
save-failed = Not saved: { $file }: { $why }. Your notes are kept here; Ctrl-s tries again, W saves elsewhere.

## Why a family is suggested (suggest/family.rs)

suggest-keyword = keyword «{ $keyword }»
suggest-word = «{ $word }», as in { $n ->
    [one] { $n } note coded so
   *[other] { $n } notes coded so
}
