## Det, kernen siger, og som statuslinjen citerer: det trin, en fortrydelse
## eller gentagelse gjaldt, det, der kom ind fra disken, hvorfor et møde er
## skrivebeskyttet, og hvad en gemning gjorde (model/change.rs, intake.rs,
## store/session_file.rs).

# En ændring, som fortryd og gentag navngiver den ("Fortrudt: kodning af seddel.").
change-add-note = tilføjelse af seddel
change-delete-note = sletning af seddel
change-criterion = ændring af kriterium
change-edit-note = redigering af seddel
change-move-note = flytning af seddel
change-code-note = kodning af seddel
change-code-note-as = kodning af seddel som { $family }
change-add-group = tilføjelse af gruppe
change-remove-group = fjernelse af gruppe
change-group = ændring af gruppe
change-language = skift af sprog
change-details = ændring af mødets oplysninger
change-questions = ændring af spørgsmålene
change-add-criterion = tilføjelse af kriterium
change-remove-criterion = fjernelse af kriterium
change-reword-criterion = omformulering af kriterium
change-merge = sammenslåning til et nyt kriterium
change-criteria = ændring af kriterier
change-add-notes = { $n ->
    [one] tilføjelse af { $n } seddel
   *[other] tilføjelse af { $n } sedler
}
change-many = { $n ->
    [one] { $n } ændring
   *[other] { $n } ændringer
}

# Det, der kom ind fra filen på disken eller fra en synkroniseringstjenestes kopi.
intake-new = { $n ->
    [one] { $n } seddel
   *[other] { $n } sedler
}
intake-new-from = { $n ->
    [one] { $n } seddel
   *[other] { $n } sedler
} fra { $coders }
intake-changed = { $n ->
    [one] { $n } seddel ændret
   *[other] { $n } sedler ændret
}
intake-changed-by = { $n ->
    [one] { $n } seddel ændret
   *[other] { $n } sedler ændret
} af { $coders }
intake-deleted = { $n ->
    [one] { $n } seddel slettet
   *[other] { $n } sedler slettet
}
intake-details = oplysninger ændret
intake-conflicts = { $n ->
    [one] { $n } konflikt
   *[other] { $n } konflikter
}: { $which }
intake-nothing = intet nyt

# Hvorfor et møde er skrivebeskyttet, som slutningen af en sætning
# ("Skrivebeskyttet: …").
read-only-held = dette møde er åbent i en anden { -app } ({ $who })
read-only-no-lock = { -app } kan ikke oprette sin låsefil ved siden af dette møde, så der skrives intet her ({ $why })
read-only-view = dette er projektorvisningen, som kun viser og aldrig skriver

# Det, en gemning, som brugeren ikke ventede på, siger.
save-saved = Gemt i { $file }.
save-deleted = { $file } er slettet af et andet program; dit arbejde er bevaret her. Ctrl-s skriver den dér igen, W gemmer et andet sted.
save-changed = { $file } er ændret af et andet program, siden { -app } gemte den; der skrives ikke over den. Ctrl-s overskriver den med det, du ser her, W gemmer et andet sted.
save-failed = Ikke gemt: { $file }: { $why }. Dine sedler er bevaret her; Ctrl-s prøver igen, W gemmer et andet sted.

## Why a family is suggested (suggest/family.rs)

suggest-keyword = nøgleord »{ $keyword }«
suggest-word = »{ $word }«, som i { $n ->
    [one] { $n } seddel kodet sådan
   *[other] { $n } sedler kodet sådan
}
