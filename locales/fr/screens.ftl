## Les écrans d'analyse : comparaison, synthèse, arbitrage, territoire,
## projecteur, le formulaire des détails (tui/view/, tui/).
## La comparaison (tui/view/compare.rs, tui/compare.rs).
compare-all-questions = toutes les questions
compare-shares = parts
compare-counts = nombres
compare-title = Comparaison
compare-groups = { $n ->
    [one] { $n } groupe
   *[other] { $n } groupes
}
compare-sessions = { $n ->
    [one] { $n } séance
   *[other] { $n } séances
}
compare-coded = { $n ->
    [one] { $n } note codée
   *[other] { $n } notes codées
}
# La colonne des notes codées de chaque ligne (7 colonnes au plus).
compare-coded-column = codées
compare-nothing = Aucune note codée à comparer pour l'instant.
compare-rows = lignes { $from }–{ $to } sur { $all } (↑↓)
compare-marks = + / − nettement plus / moins que les autres (résidu ajusté au-delà de ±{ $limit })
compare-test = χ² = { $chi2 }, { $dof ->
    [one] { $dof } degré de liberté
   *[other] { $dof } degrés de liberté
}, p { $p }, V de Cramér = { $v }
compare-test-title = Test d'homogénéité du khi-deux
compare-distance-title = Distance au profil cumulé
compare-one-session = Une seule séance : ses groupes sont comparés (marquez plusieurs séances dans la liste pour comparer des séances).

## La synthèse (tui/view/synthesis.rs, tui/screen/synthesis.rs).
synthesis-title = Synthèse
synthesis-hold = { $criteria ->
    [one] { $criteria } critère regroupe
   *[other] { $criteria } critères regroupent
} { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
synthesis-not-merged-count = { $n ->
    [one] { $n } non regroupée
   *[other] { $n } non regroupées
}
synthesis-marked = { $n ->
    [one] { $n } marquée
   *[other] { $n } marquées
}
synthesis-criteria = Critères
synthesis-not-merged = Non regroupées
# La formulation d'un critère, entre les guillemets de la langue.
synthesis-quoted = « { $wording } »
synthesis-similar = { $n ->
    [one] { $n } semblable
   *[other] { $n } semblables
} ≈ (n)
synthesis-criterion-empty = Plus aucune note dans ce critère : d le dissout, u annule.
synthesis-family-empty = Aucune note codée dans cette famille pour l'instant. Codez des notes dans l'atelier, puis regroupez-les ici.
synthesis-all-merged = Toutes les notes de cette famille sont dans un critère.
synthesis-marks-for-notes = Les marques sont pour les notes : Tab va aux notes.
synthesis-no-note = Aucune note ici.
synthesis-none-marked = Aucune note marquée.
synthesis-marked-now = { $n ->
    [one] { $n } marquée.
   *[other] { $n } marquées.
}
synthesis-marked-similar = { $n ->
    [one] { $n } marquée
   *[other] { $n } marquées
} · { $similar ->
    [one] { $similar } semblable
   *[other] { $similar } semblables
} (≈, n va à la suivante).
synthesis-no-similar = Aucune note semblable : marquez d'abord une note.
synthesis-mark-first = Marquez d'abord des notes (Space).
synthesis-marked-gone = Une note marquée a disparu.
synthesis-split = { $n ->
    [one] { $n } note détachée sous « { $wording } ».
   *[other] { $n } notes détachées sous « { $wording } ».
}
synthesis-merged = { $n ->
    [one] { $n } note regroupée sous « { $wording } ».
   *[other] { $n } notes regroupées sous « { $wording } ».
}
synthesis-select-to-add = Sélectionnez un critère à gauche (Tab, ↑↓), puis a y ajoute les notes marquées.
synthesis-added = { $n ->
    [one] { $n } note ajoutée
   *[other] { $n } notes ajoutées
} à « { $wording } ».
synthesis-mark-to-take-out = Marquez les notes à retirer (Space).
synthesis-taken-out = { $n ->
    [one] { $n } note retirée de son critère.
   *[other] { $n } notes retirées de leur critère.
}
synthesis-select-to-reword = Sélectionnez un critère à gauche pour le reformuler.
synthesis-no-criterion = Aucun critère sélectionné.
synthesis-reworded = Reformulé.
synthesis-select-to-dissolve = Sélectionnez un critère à gauche pour le dissoudre.
synthesis-dissolved = « { $wording } » dissous : ses notes ne sont plus regroupées (u annule).

## Arbitrer entre deux codages (tui/view/reconcile.rs, tui/screen/reconcile.rs).
reconcile-title = Arbitrage
reconcile-disagreements = { $n ->
    [one] { $n } désaccord
   *[other] { $n } désaccords
}
reconcile-the-note = La note
reconcile-uncoded = non codée
reconcile-suggested = suggestion
reconcile-no-suggestion = aucune suggestion
reconcile-decided = Arbitré
reconcile-by = par { $who }
reconcile-open = Pas encore arbitré : a, b, s, ou 1–8 pour une autre famille.
reconcile-agree = Les codages concordent sur toutes les notes : rien à arbitrer.
reconcile-nothing = Rien à arbitrer ici : dans la liste des séances, marquez deux codages d'une séance (Space) et appuyez sur R.
reconcile-all-decided = { $n ->
    [0] Aucun désaccord à arbitrer.
    [one] Le désaccord est arbitré.
   *[other] Les { $n } désaccords sont arbitrés.
}
reconcile-decided-of = { $done } sur { $n ->
    [one] { $n } désaccord arbitré.
   *[other] { $n } désaccords arbitrés.
}
reconcile-no-codings = Cette note n'a pas de codages à arbitrer.
reconcile-decided-now = Arbitré : { $family }. { $progress }

## La vue projecteur (tui/view/projector.rs, tui/screen/projector.rs).
projector-every-question = toutes les questions
projector-not-coded = Pas encore codées
projector-earlier = { $n ->
    [one] { $n } note précédente
   *[other] { $n } notes précédentes
}
projector-showing = Affichage : { $question }.
projector-showing-all = Affichage de toutes les questions.
projector-follows = suit l'{ -facilitator }
projector-held = fixé ici — { $key } suit
projector-following-again = Suit à nouveau l'{ -facilitator }.

## Un dossier de territoire (tui/view/territory.rs, tui/territory.rs).
territory-header = { -app } · territoire
territory-coded-live = { $share } codées · en direct
territory-copies-waiting = { $n ->
    [one] { $n } copie de conflit en attente
   *[other] { $n } copies de conflit en attente
}
territory-sessions = Séances
territory-empty = Aucun fichier de séance dans ce dossier pour l'instant : le fil les montre à mesure qu'ils arrivent.
sync-stignore-lacks = Lancez `{ $command }` : le .stignore de ce dossier Syncthing n'a pas les lignes de { -app }, les verrous, sauvegardes et fichiers temporaires passeraient donc d'un ordinateur à l'autre.
territory-last-change = dernière modification
territory-arriving = réception…
territory-feed = Arrivées : les notes les plus récentes d'abord (+ nouvelle, ~ modifiée)
# The co-responsibility actions of the territory's sessions (each session's count follows).
territory-actions = Actions
# The actions not shown, when the box is full.
territory-actions-more = … et { $n } de plus

## Le formulaire des détails de la séance (tui/details.rs, tui/view/details.rs).
details-title = Titre
details-place = Lieu
details-date = Date
details-facilitators = Animateurs
details-language = Langue
details-question = Question { $n }
details-add-question = + Ajouter une question
details-add-question-where = après les autres (propre au territoire)
details-group = Groupe
details-description = Description
details-participants = Participants
details-only-questions = Seules les questions peuvent être réordonnées.
details-reordered = Questions réordonnées.
details-none = (non renseigné)
# Un détail vient de changer : « Lieu : Alby. »
details-changed = { $label } : { $value }.
details-form-title = Détails de la séance · Enter modifie · Esc ferme
compare-unreadable = Pas de comparaison : { $n ->
    [one] { $n } séance sur { $all } ne se lit pas.
   *[other] { $n } séances sur { $all } ne se lisent pas.
} { $why }
# Les lignes d'une comparaison de séances, dans la phrase du test.
compare-sessions-word = séances
compare-left-out = Laissé de côté : { $what }.
compare-left-groups = groupes sans note codée : { $names }
compare-left-sessions = séances sans note codée : { $names }
compare-left-families = familles sans note : { $names }
compare-left-uncoded = { $n ->
    [one] { $n } note non codée
   *[other] { $n } notes non codées
}
compare-left-unknown = { $n ->
    [one] { $n } note codée avec une famille que le cadre de référence ne connaît pas
   *[other] { $n } notes codées avec une famille que le cadre de référence ne connaît pas
}

## L'écran des actions (tui/screen/actions.rs).
actions-title = Actions de coresponsabilité
actions-count = { $n ->
    [one] { $n } action
   *[other] { $n } actions
}
actions-none = Aucune action pour l'instant : n en ajoute une, pour ce que le territoire fait ensemble en réponse à ce que les groupes ont dit.
actions-since = depuis { $when }
actions-not-started = pas commencée
actions-no-report = pas encore de compte rendu
actions-latest = { $date } { $by } : { $text }
actions-unanswered = Les plus citées, sans action : { $families }
actions-all-answered = Chaque famille la plus citée par les groupes a une action.
actions-quoted = « { $text } »
actions-who = Qui
actions-what = Quoi et pourquoi
actions-families = Familles
actions-criteria = Critères
actions-notes = Les mots des habitants
actions-generalise = Potentiel de généralisation
actions-reports = Comptes rendus
actions-questions = Questions ouvertes
actions-form-title = Titre
actions-form-started = Commencée
actions-form-status = Statut
actions-form-add-actor = + Ajouter un acteur (NOM, ou NOM:TYPE)
actions-form-add-family = + Ajouter une famille (sa touche, son id ou son nom)
actions-form-add-criterion = + Ajouter un critère de la synthèse (sa formulation ou son id)
actions-form-add-question = + Ajouter une question ouverte
actions-form-kinds = types : { $kinds }
actions-form = Action : { $title }
actions-line-new = Le titre de la nouvelle action
actions-line-started = Commencée : un mois (AAAA-MM) ou un jour (AAAA-MM-JJ) ; vide : non précisé
actions-line-report = Compte rendu du { $date }, par { $by }
actions-added = Action ajoutée : « { $title } ».
actions-changed = { $label } : { $value }.
actions-taken-out = Retiré : { $value }.
actions-reported = Compte rendu ajouté à « { $title } ».
actions-removed = Action supprimée : « { $title } » (u la rétablit).
actions-linked = Reliée à « { $title } ».
actions-already-linked = La note répond déjà à « { $title } ».
actions-no-action = Aucune action sélectionnée : n en ajoute une.
actions-nothing-to-link = La session n'a pas encore d'action : A ouvre les actions, n en ajoute une.
actions-nothing-to-take-out = Seuls un acteur, une famille ou une question ouverte se retirent.
