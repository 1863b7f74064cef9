## Handlinger i fælles ansvar (model/action.rs, ops/actions.rs,
## merge/actions.rs, cli/action.rs): hvad området gør sammen.

# En handlings status.
action-status-planned = planlagt
action-status-running = i gang
action-status-paused = sat i bero
action-status-ended = afsluttet
# Hvad en aktør er.
action-kind-municipal = kommunal forvaltning
action-kind-association = forening eller NGO
action-kind-public-body = offentlig myndighed
action-kind-residents = beboere
action-kind-company = virksomhed

# En ændring af handlingerne, som fortryd og gentag nævner den.
change-add-action = tilføjelse af handling
change-remove-action = fjernelse af handling
change-edit-action = ændring af handling
change-action-report = tilføjelse af statusrapport
change-actions = ændring af handlingerne

# Hvad der gør et mødes handlinger modstridende.
session-duplicate-action = handlings-id `{ $id }` findes to gange
session-action-unknown-note = handlingen `{ $action }` svarer på sedlen `{ $note }`, som mødet ikke har (fjern den fra handlingens `notes`)
session-action-unknown-criterion = handlingen `{ $action }` svarer på kriteriet `{ $criterion }`, som mødet ikke har (fjern det fra handlingens `criteria`)

# Hvad en sammenlægning besluttede om handlinger. $action: dens id, eller dens titel i anførselstegn.
merge-action-version = »{ $title }« ({ $status }, ændret { $modified })
# $fields: de felter, der er forskellige, som filen navngiver dem.
merge-action-conflict = handlingen { $action }: { $fields } er forskellige
merge-action-revived = handlingen { $action } blev slettet af { $by } { $at } og ændret derefter et andet sted: bragt tilbage
merge-action-unlinked-note = handlingen { $action } svarer ikke længere på sedlen { $note }: sedlen er ikke i sammenlægningen
merge-action-unlinked-criterion = handlingen { $action } svarer ikke længere på kriteriet { $criterion }: kriteriet er ikke i sammenlægningen

# Hvorfor en ændring af en handling blev afvist ($value: det, der blev givet).
action-refused-title = en handling skal have en titel
action-refused-start = `{ $value }` er ikke en måned (ÅÅÅÅ-MM) eller en dag (ÅÅÅÅ-MM-DD)
action-refused-day = `{ $value }` er ikke en dag (ÅÅÅÅ-MM-DD)
action-refused-status = `{ $value }` er ikke en status; en af: { $accepted }
action-refused-kind = `{ $value }` er ikke en slags aktør; en af: { $accepted }
action-refused-actor = en aktør skal have et navn
action-refused-family = `{ $value }` er ikke en familie: angiv dens tast (1-8), id eller navn (`spiral categories` viser dem)
action-refused-criterion = mødet har intet kriterium `{ $value }`: angiv dets id eller formulering (`spiral synthesis` viser dem)
# $ids: kriteriernes id, en liste.
action-refused-criterion-ambiguous = `{ $value }` angiver flere kriterier ({ $ids }): angiv id'et
action-refused-note = mødet har ingen seddel `{ $value }`: angiv dens id, eller dens første tegn (`spiral export --format csv-notes` viser dem)
action-refused-note-ambiguous = `{ $value }` indleder flere sedlers id: angiv mere af det
action-refused-action = mødet har ingen handling `{ $value }`: angiv dens id, dens første tegn eller dens titel (`spiral action list` viser dem)
action-refused-action-ambiguous = `{ $value }` angiver flere handlinger: angiv mere af id'et
action-refused-report = en statusrapport skal have en tekst
action-refused-question = et åbent spørgsmål skal have en tekst
action-refused-not-there = handlingen har ingen `{ $value }` at fjerne

# spiral action: hvad man gør, når mødet er åbent i appen.
action-then = ændr handlingen der, eller luk det først
action-no-one = ingen er angivet som forfatter af rapporten: angiv --by NAVN (eller sæt SPIRAL_CODER, eller mødets facilitatorer med spiral set --facilitator NAVN)
action-unchanged = intet blev ændret
# $what: ændringen (change-edit-action…), $title og $id handlingens.
action-said = { $what }: »{ $title }« ({ $id })
# spiral action list, som tekst.
action-list-none = ingen handling endnu
action-list-since = { $status }, siden { $started }
action-list-actors = aktører: { $actors }
# $names: familiernes taster og navne, en liste.
action-list-answers = svarer på { $families ->
    [0] ingen familie
    [one] familien { $names }
   *[other] familierne { $names }
} · { $criteria ->
    [one] { $criteria } kriterium
   *[other] { $criteria } kriterier
} · { $notes ->
    [one] { $notes } seddel
   *[other] { $notes } sedler
}
action-list-report = seneste rapport { $date } ({ $by }): { $text }
action-list-questions = { $n ->
    [one] { $n } åbent spørgsmål
   *[other] { $n } åbne spørgsmål
}

# Hvad der kom ind fra en anden version: handlinger nye, ændrede eller væk.
intake-actions = { $n ->
    [one] { $n } handling ændret
   *[other] { $n } handlinger ændret
}
