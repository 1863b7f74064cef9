## Actions de coresponsabilité (model/action.rs, ops/actions.rs,
## merge/actions.rs, cli/action.rs) : ce que le territoire fait ensemble.

# Le statut d'une action.
action-status-planned = prévue
action-status-running = en cours
action-status-paused = en pause
action-status-ended = terminée
# Ce qu'est un acteur.
action-kind-municipal = service municipal
action-kind-association = association ou ONG
action-kind-public-body = organisme public
action-kind-residents = habitants
action-kind-company = entreprise

# Une modification des actions, telle qu'annuler et rétablir la nomment.
change-add-action = ajout d'une action
change-remove-action = suppression d'une action
change-edit-action = modification d'une action
change-action-report = ajout d'un point d'étape
change-actions = modification des actions

# Ce qui rend incohérentes les actions d'une séance.
session-duplicate-action = identifiant d'action `{ $id }` en double
session-action-unknown-note = l'action `{ $action }` répond à la note `{ $note }`, que la séance n'a pas (retirez-la des `notes` de l'action)
session-action-unknown-criterion = l'action `{ $action }` répond au critère `{ $criterion }`, que la séance n'a pas (retirez-le des `criteria` de l'action)

# Ce qu'une fusion a décidé des actions. $action : son identifiant, ou son titre entre guillemets.
merge-action-version = « { $title } » ({ $status }, modifiée { $modified })
# $fields : les champs qui diffèrent, tels que le fichier les nomme.
merge-action-conflict = action { $action } : { $fields } diffèrent
merge-action-revived = l'action { $action } a été supprimée par { $by } le { $at } puis modifiée ailleurs : rétablie
merge-action-unlinked-note = l'action { $action } ne répond plus à la note { $note } : la note n'est pas dans la fusion
merge-action-unlinked-criterion = l'action { $action } ne répond plus au critère { $criterion } : le critère n'est pas dans la fusion
