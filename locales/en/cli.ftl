# The command line's human words: what a subcommand says it did, why it
# refused, and its tables. Machine formats (CSV, JSON, RON, ids, column
# names) never change with the language.

## What a command did

cli-created = created { $path }
cli-wrote-bytes = wrote { $target } ({ $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
})
cli-wrote-what = wrote { $target }: { $what }
cli-man-wrote = wrote { $pages ->
    [one] { $pages } manual page
   *[other] { $pages } manual pages
} in { $dir }
cli-wrote-reconcile = wrote { $target }: { $what } Open it (spiral { $path }) and press R.
cli-imported = imported { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
} ({ $coded } coded) into { $path }
cli-imported-groups = ; new groups: { $names }
cli-codings-read = read { $rows ->
    [one] { $rows } coding
   *[other] { $rows } codings
}; { $changed ->
    [one] { $changed } note
   *[other] { $changed } notes
} of { $path } changed
cli-merged = merged { $files } files into { $target }: { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}, { $criteria ->
    [one] { $criteria } criterion
   *[other] { $criteria } criteria
}
cli-blind = wrote { $target }: { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}, uncoded, for { $coder }
cli-set-nothing = { $path }: nothing to change
cli-set-changed = changed { $path }: { $what }

## Why a command refused

cli-exists = { $path } already exists; { -app } never writes over a session
cli-title-empty = the title is empty
cli-group-empty = a group name is empty
cli-group-twice = the group `{ $name }` is named twice
cli-no-folder = { $path }: cannot create the folder
cli-cannot-read = { $path }: cannot read
cli-import-what = give --from PATH (notes) or --codings PATH
cli-then-import = close it first, then import
cli-then-set = change it there, or close it first
cli-text-import-needs = a text import needs --group NAME and --question Q
cli-nothing-to-import = { $path }: no note to import
cli-check-failed = { $failed } of { $all ->
    [one] { $all } file
   *[other] { $all } files
} failed the check
cli-missing-no-terminal = { $path } does not exist (create it with `spiral new { $path } --title TITLE`)
cli-missing-ask = { $path } does not exist. Create a new session there? [y/N]
cli-new-session-title = New session
cli-link-missing = { $path } is a symbolic link to { $to }, which does not exist
cli-link-loop = { $path } is a symbolic link that leads round in a loop
cli-folder-empty = { $path }: no session file (*.ron) in this folder
cli-names-not-utf8 = { $n ->
    [one] left out 1 file whose name is not UTF-8 (rename it to read it): { $names }
   *[other] left out { $n } files whose names are not UTF-8 (rename them to read them): { $names }
}
cli-not-compared = { $failed } of { $all ->
    [one] { $all } file
   *[other] { $all } files
} could not be read; nothing was compared
cli-no-question = no session has question `{ $question }`; use all or one of: { $known }
cli-agree-frameworks = { $first } was coded with framework `{ $first_id }` (fingerprint { $first_print }) and { $other } with `{ $other_id }` (fingerprint { $other_print }); codings of different frameworks cannot be compared
cli-word-question-form = --word-question takes ID=TEXT (got `{ $got }`)
cli-no-such-question = no question `{ $id }`; the session's questions are: { $known }
cli-no-such-group = no group named `{ $name }`
cli-not-a-folder = { $path }: not a folder

## spiral set: what changed

cli-set-details = details
cli-set-language = language { $code }
cli-set-question = question { $id }
cli-set-new-question = new question { $id }
cli-set-group = group { $name }

## spiral share

cli-share-already = { $path } already keeps { -app }'s files local.
cli-share-wrote = Wrote { $path } ({ $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
}): locks, backups, temporary files and merged copies stay on each machine.
cli-share-how =
    To share { $folder } with Syncthing (no account, no internet needed on the workshop's network):
      1. On every laptop, start Syncthing and open its page (http://127.0.0.1:8384).
      2. Add Folder: the path { $folder }; give it the same Folder ID on every laptop.
      3. Add Remote Device on each laptop with the other's Device ID (Actions > Show ID),
         and tick the folder under Sharing.
      4. Open the territory: spiral { $folder }
    Sessions written on any laptop appear on the others within seconds; when two laptops
    change one session, { -app } merges Syncthing's conflict copy into it by id.
    Nextcloud, Dropbox or a USB stick work too: give them the same exclusions by hand.

## spiral compare (table)

# "Comparison of 4 groups, question: all (96 coded notes)"
cli-compare-title = Comparison of { $what }, question: { $question } ({ $coded })
cli-compare-marks-group = + / − : the group says this notably more / less than the others (adjusted residual beyond ±{ $limit })
cli-compare-marks-session = + / − : the session says this notably more / less than the others (adjusted residual beyond ±{ $limit })
cli-compare-test = Chi-square test of homogeneity: χ² = { $chi2 }, dof = { $dof }, p { $p }; Cramér's V = { $v }
cli-compare-low = Expected counts under 5: { $share } of the cells
cli-compare-low-unreliable = Expected counts under 5: { $share } of the cells (more than a fifth: the test is unreliable)
cli-compare-distance = Distance from the pooled profile (Jensen–Shannon, 0 = the same, 1 = nothing in common):

## spiral agree (table)

cli-agree-title = Agreement of { $coders ->
    [one] { $coders } coder
   *[other] { $coders } coders
} ({ $names }) on { $shared ->
    [one] { $shared } shared note
   *[other] { $shared } shared notes
}; { $pairable } coded by two or more
cli-agree-families = Families
cli-agree-components = Components (where coders gave one)
# "Families: 96 notes"
cli-agree-units = { $title }: { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
cli-agree-percent = percent agreement
cli-agree-kappa = Cohen's kappa
cli-agree-alpha = Krippendorff's alpha
cli-agree-undefined = undefined
cli-agree-one-category = (undefined: only one category was used, so chance explains every agreement)
cli-agree-per-value = per value (codings, agreement):
cli-agree-confusion = confusion ({ $how }):
cli-agree-confusion-coders = rows: first coder, columns: second
cli-agree-confusion-all = coincidences between all coders

## spiral profile, synthesis, suggest, categories (tables)

cli-profile-coded = coded
cli-profile-uncoded = uncoded
cli-profile-unknown = unknown family
cli-profile-in-mean = groups in the mean
cli-profile-pooled = { $name }: pooled (all notes together)
cli-profile-group-mean = { $name }: group mean (each group counts once)
cli-profile-participants = , { $n ->
    [one] { $n } participant
   *[other] { $n } participants
}
cli-profile-session = Session
cli-profile-all-sessions = All sessions
cli-synthesis-title = Synthesis: { $criteria ->
    [one] { $criteria } criterion
   *[other] { $criteria } criteria
} holding { $merged ->
    [one] { $merged } note
   *[other] { $merged } notes
}; { $not_merged ->
    [one] { $not_merged } coded note
   *[other] { $not_merged } coded notes
} not merged
cli-synthesis-not-merged = not merged: { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
cli-suggest-none = no suggestion
cli-suggest-uncoded = { $n ->
    [one] { $n } uncoded note
   *[other] { $n } uncoded notes
}
cli-suggest-measured = { $coded ->
    [one] { $coded } coded note
   *[other] { $coded } coded notes
}; a suggestion for { $suggested } ({ $suggested_share }); the coder's family for { $equal } ({ $equal_share } of the coded notes, { $equal_of_suggested } of those suggested)
cli-categories-title = { $label } ({ $id }, fingerprint { $fingerprint })
cli-categories-keywords = keywords: { $words }
