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
