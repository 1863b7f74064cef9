## Åtgärder i gemensamt ansvar (model/action.rs, ops/actions.rs,
## merge/actions.rs, cli/action.rs): vad området gör tillsammans.

# En åtgärds status.
action-status-planned = planerad
action-status-running = pågår
action-status-paused = vilande
action-status-ended = avslutad
# Vad en aktör är.
action-kind-municipal = kommunal förvaltning
action-kind-association = förening eller organisation
action-kind-public-body = offentlig myndighet
action-kind-residents = boende
action-kind-company = företag

# En ändring av åtgärderna, som ångra och gör om nämner den.
change-add-action = ny åtgärd
change-remove-action = borttagning av åtgärd
change-edit-action = ändring av åtgärd
change-action-report = ny lägesrapport
change-actions = ändring av åtgärderna

# Vad som gör en sessionsfils åtgärder motsägelsefulla.
session-duplicate-action = åtgärds-id `{ $id }` finns två gånger
session-action-unknown-note = åtgärden `{ $action }` svarar på lappen `{ $note }`, som sessionen inte har (ta bort den ur åtgärdens `notes`)
session-action-unknown-criterion = åtgärden `{ $action }` svarar på kriteriet `{ $criterion }`, som sessionen inte har (ta bort det ur åtgärdens `criteria`)

# Vad en sammanslagning beslutade om åtgärder. $action: dess id, eller dess titel citerad.
merge-action-version = ”{ $title }” ({ $status }, ändrad { $modified })
# $fields: fälten som skiljer sig, som filen namnger dem.
merge-action-conflict = åtgärden { $action }: { $fields } skiljer sig
merge-action-revived = åtgärden { $action } togs bort av { $by } { $at } och ändrades därefter på annat håll: återställd
merge-action-unlinked-note = åtgärden { $action } svarar inte längre på lappen { $note }: lappen finns inte i sammanslagningen
merge-action-unlinked-criterion = åtgärden { $action } svarar inte längre på kriteriet { $criterion }: kriteriet finns inte i sammanslagningen

# Varför en ändring av en åtgärd vägrades ($value: det som gavs).
action-refused-title = en åtgärd behöver en titel
action-refused-start = `{ $value }` är inte en månad (ÅÅÅÅ-MM) eller en dag (ÅÅÅÅ-MM-DD)
action-refused-day = `{ $value }` är inte en dag (ÅÅÅÅ-MM-DD)
action-refused-status = `{ $value }` är ingen status; en av: { $accepted }
action-refused-kind = `{ $value }` är ingen sorts aktör; en av: { $accepted }
action-refused-actor = en aktör behöver ett namn
action-refused-family = `{ $value }` är ingen familj: ange dess tangent (1-8), id eller namn (`spiral categories` listar dem)
action-refused-criterion = sessionen har inget kriterium `{ $value }`: ange dess id eller formulering (`spiral synthesis` listar dem)
# $ids: kriteriernas id, en lista.
action-refused-criterion-ambiguous = `{ $value }` pekar ut flera kriterier ({ $ids }): ange id
action-refused-note = sessionen har ingen lapp `{ $value }`: ange dess id, eller dess första tecken (`spiral export --format csv-notes` listar dem)
action-refused-note-ambiguous = `{ $value }` inleder flera lappars id: ange mer av det
action-refused-action = sessionen har ingen åtgärd `{ $value }`: ange dess id, dess första tecken eller dess titel (`spiral action list` listar dem)
action-refused-action-ambiguous = `{ $value }` pekar ut flera åtgärder: ange mer av id:t
action-refused-report = en lägesrapport behöver en text
action-refused-question = en öppen fråga behöver en text
action-refused-not-there = åtgärden har ingen `{ $value }` att ta bort

# spiral action: vad man gör när sessionen är öppen i appen.
action-then = ändra åtgärden där, eller stäng den först
action-no-one = ingen är angiven som skribent av rapporten: ange --by NAMN (eller sätt SPIRAL_CODER, eller sessionens samtalsledare med spiral set --facilitator NAMN)
action-unchanged = inget ändrades
# $what: ändringen (change-edit-action…), $title och $id åtgärdens.
action-said = { $what }: ”{ $title }” ({ $id })
# spiral action list, som text.
action-list-none = ingen åtgärd än
action-list-since = { $status }, sedan { $started }
action-list-actors = aktörer: { $actors }
# $names: familjernas tangenter och namn, en lista.
action-list-answers = svarar på { $families ->
    [0] ingen familj
    [one] familjen { $names }
   *[other] familjerna { $names }
} · { $criteria ->
    [one] { $criteria } kriterium
   *[other] { $criteria } kriterier
} · { $notes ->
    [one] { $notes } lapp
   *[other] { $notes } lappar
}
action-list-report = senaste rapport { $date } ({ $by }): { $text }
action-list-questions = { $n ->
    [one] { $n } öppen fråga
   *[other] { $n } öppna frågor
}

# Vad som kom in från en annan version: åtgärder nya, ändrade eller borta.
intake-actions = { $n ->
    [one] { $n } åtgärd ändrad
   *[other] { $n } åtgärder ändrade
}
