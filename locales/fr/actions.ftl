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

# Pourquoi une modification d'action a été refusée ($value : ce qui a été donné).
action-refused-title = une action a besoin d'un titre
action-refused-start = `{ $value }` n'est ni un mois (AAAA-MM) ni un jour (AAAA-MM-JJ)
action-refused-day = `{ $value }` n'est pas un jour (AAAA-MM-JJ)
action-refused-status = `{ $value }` n'est pas un statut ; l'un de : { $accepted }
action-refused-kind = `{ $value }` n'est pas un type d'acteur ; l'un de : { $accepted }
action-refused-actor = un acteur a besoin d'un nom
action-refused-family = `{ $value }` n'est pas une famille : donnez sa touche (1-8), son identifiant ou son nom (`spiral categories` les liste)
action-refused-criterion = la séance n'a pas de critère `{ $value }` : donnez son identifiant ou sa formulation (`spiral synthesis` les liste)
# $ids : les identifiants des critères, une liste.
action-refused-criterion-ambiguous = `{ $value }` désigne plusieurs critères ({ $ids }) : donnez l'identifiant
action-refused-note = la séance n'a pas de note `{ $value }` : donnez son identifiant, ou ses premiers caractères (`spiral export --format csv-notes` les liste)
action-refused-note-ambiguous = `{ $value }` commence les identifiants de plusieurs notes : donnez-en davantage
action-refused-action = la séance n'a pas d'action `{ $value }` : donnez son identifiant, ses premiers caractères ou son titre (`spiral action list` les liste)
action-refused-action-ambiguous = `{ $value }` désigne plusieurs actions : donnez davantage de l'identifiant
action-refused-report = un point d'étape a besoin d'un texte
action-refused-question = une question ouverte a besoin d'un texte
action-refused-not-there = l'action n'a pas de `{ $value }` à retirer

# spiral action : que faire quand la séance est ouverte dans l'application.
action-then = modifiez l'action là-bas, ou fermez-la d'abord
action-no-one = personne n'est désigné pour écrire le point d'étape : donnez --by NOM (ou définissez SPIRAL_CODER, ou les animateurs de la séance avec spiral set --facilitator NOM)
action-unchanged = rien n'a changé
# $what : la modification (change-edit-action…), $title et $id ceux de l'action.
action-said = { $what } : « { $title } » ({ $id })
# spiral action list, en texte.
action-list-none = aucune action pour l'instant
action-list-since = { $status }, depuis { $started }
action-list-actors = acteurs : { $actors }
# $names : les touches et noms des familles, une liste.
action-list-answers = répond à { $families ->
    [0] aucune famille
    [one] la famille { $names }
   *[other] les familles { $names }
} · { $criteria ->
    [one] { $criteria } critère
   *[other] { $criteria } critères
} · { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
action-list-report = dernier point d'étape { $date } ({ $by }) : { $text }
action-list-questions = { $n ->
    [one] { $n } question ouverte
   *[other] { $n } questions ouvertes
}

# Ce qui est arrivé d'une autre version : actions nouvelles, modifiées ou retirées.
intake-actions = { $n ->
    [one] { $n } action modifiée
   *[other] { $n } actions modifiées
}
