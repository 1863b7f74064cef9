## Les écrans de l'application (tui/).

## La ligne d'aide : une touche, puis ce qu'elle fait.
hint-open = ouvrir
hint-filter = filtrer
hint-new = nouvelle
hint-mark = marquer
hint-compare = comparer
hint-merge = regrouper
hint-help = aide
# Help's hint when the line had no room for every hint: `?` has the rest.
hint-more = plus
hint-quit = quitter
hint-add = ajouter
hint-code = coder
hint-pick = choisir
hint-question = question
hint-undo = annuler
hint-search = chercher
hint-profile = profil
hint-synthesis = synthèse
hint-group = groupe
hint-back = retour
hint-counts-shares = nombres/parts
hint-groups-sessions = groupes/séances
hint-scroll = défiler
hint-page = page
hint-take-out = retirer
hint-pane = volet
hint-family = famille
hint-move = parcourir
hint-take = prendre
hint-close = fermer
hint-add-and-code-or-f1-f8 = ajouter et coder (ou F1–F8)
hint-confirm = valider
hint-cancel = annuler
hint-session = séance
hint-compare-all-groups = comparer tous les groupes
hint-question-all = question / toutes
hint-follow = suivre
hint-edit = modifier
hint-question-up = monter la question
hint-down = descendre
hint-first = premier
hint-second = second
hint-suggested = suggérée
hint-other = autre
hint-next-open = suivante à arbitrer
hint-export = exporter
hint-actions = actions
hint-report = compte rendu
hint-remove = retirer

## Tous les écrans.
screen-too-small = { -app } a besoin d'un terminal d'au moins { $width }×{ $height } ; celui-ci fait { $now_width }×{ $now_height }. Agrandissez-le : votre travail est enregistré.
failed-title = Impossible d'ouvrir { $path }
failed-left-alone = Le fichier est resté exactement tel quel : { -app } n'écrit jamais par-dessus un fichier qu'il n'a pas pu lire.
failed-fix = Corrigez-le dans un éditeur de texte (`spiral check FILE` indique la ligne et la colonne), ou restaurez FILE.bak.
failed-quit = q quitte.
prompt-keys = Enter valide, Esc annule
export-title = Export ({ $language }) · ↑↓ Enter Esc
export-replaced = Un export du même type est remplacé ; le fichier de la séance, jamais.

## Invites (tui/overlay.rs) et recherches (tui/finder.rs).
prompt-new-group = Nom du nouveau groupe
prompt-rename-group = Nouveau nom du groupe
prompt-participants = Nombre de participants (vide : inconnu)
prompt-new-session = Titre de la nouvelle séance
prompt-new-criterion = Formulation du critère
prompt-reword-criterion = Nouvelle formulation du critère
prompt-save-as = Enregistrer la séance dans (un nouveau fichier)
prompt-coder = Votre nom, sur les notes écrites
finder-search = Rechercher dans les notes
finder-pick = Coder avec une famille ou une composante
finder-move = Déplacer la note vers
finder-link = Relier la note à l'action

## Le menu d'export : à quoi sert chaque format.
export-html = page de résumé pour le { -local-support-group } (s'imprime en A4)
export-md = le même résumé en Markdown, pour un e-mail ou un wiki
export-csv-notes = tableur : une ligne par note
export-csv-matrix = tableur : groupes × familles, nombres et parts
export-csv-binary = tableur : une colonne 0/1 par famille (R, SPSS, Stata)
export-csv-actions = tableur : les actions, une ligne chacune, avec ce à quoi elles répondent
export-qdpx = projet REFI-QDA pour NVivo, ATLAS.ti, MAXQDA, QualCoder
finder-found = { $shown } sur { $all }
finder-searching = recherche…

## La liste des séances (tui/view/list.rs, tui/list.rs).
list-header = { -app } · séances dans
list-filter = Filtre
list-marked = { $n ->
    [one] { $n } marquée
   *[other] { $n } marquées
} (C compare)
list-shown = { $shown } sur { $all ->
    [one] { $all } séance
   *[other] { $all } séances
}
list-empty = Aucune séance ici pour l'instant. n en crée une (ou : spiral new FILE --title TITLE).
list-column-title = titre
list-column-date = date
list-column-groups = groupes
list-column-notes = notes
list-column-file = fichier
list-merge-marked = Marquez les séances à fusionner (Space) : { $n ->
    [one] { $n } marquée
   *[other] { $n } marquées
}.
list-reconcile-marked = Marquez les deux codages à arbitrer (Space) : { $n ->
    [one] { $n } marqué
   *[other] { $n } marqués
}.
list-wrote-no-file = { $file } a été écrit, mais ce n'est pas un fichier à ouvrir.
list-none-yet = Aucune séance ici pour l'instant : n en crée une.
list-no-session = Aucune séance ici.
list-unreadable = Ce fichier ne se lit pas ; il ne peut pas être comparé.
list-marked-now = { $n ->
    [one] { $n } marquée : C la compare.
   *[other] { $n } marquées : C les compare.
}
list-nothing-to-compare = Aucune séance à comparer : marquez des séances avec Space.

## L'écran de l'atelier (tui/view/workshop.rs).
count-notes = { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
count-criteria = { $n ->
    [one] { $n } critère
   *[other] { $n } critères
}
workshop-read-only = LECTURE SEULE
workshop-not-saved = NON ENREGISTRÉ
workshop-in-memory = en mémoire
workshop-saving = enregistrement
workshop-saved = enregistré
workshop-question = Question { $at }/{ $n }
workshop-no-question = Aucune question
workshop-next-question = Tab : question suivante
workshop-groups = Groupes
workshop-no-group = Aucun groupe pour l'instant.
    g en ajoute un.
# Les participants d'un groupe, après son nombre de notes : « 12 8 pers. » (personnes ; une espace insécable).
workshop-participants-short = { $n } pers.
workshop-families = Familles
workshop-uncoded = { $n ->
    [one] { $n } non codée
   *[other] { $n } non codées
}
workshop-notes = Notes
workshop-add-group-first = Ajoutez un groupe avec g, puis tapez les notes avec a.
workshop-no-note = Aucune note pour l'instant : a ouvre la ligne de saisie.
workshop-arrived-below = { $n ->
    [one] { $n } nouvelle en dessous
   *[other] { $n } nouvelles en dessous
} — { $key }
workshop-note = Note
workshop-suggested = Suggestion
workshop-s-accepts = s l'accepte
workshop-not-coded = non codée
workshop-unknown-family = famille inconnue `{ $family }` (gardée telle quelle)
workshop-family = Famille
workshop-question-label = Question
workshop-no-coder = anonyme
coder-asked = Qui écrit ces notes ? Tapez votre nom et appuyez sur Enter.
coder-set = Les notes sont écrites par { $name }.
coder-needed = Une note est enregistrée avec le nom de qui l'a écrite : aucune note n'a été ajoutée.
capture-edit = Modifier la note · Enter enregistre · Esc annule
capture-new = Nouvelle note · { $group } · { $question } · Enter ajoute · Esc ferme
capture-pasted = { $n } lignes collées. Enter : les ajouter en { $n } notes · Ctrl-j : les joindre en une ligne · Esc : abandonner

## L'écran du profil (tui/view/profile.rs).
profile-title = Profil
profile-all-questions = toutes les questions
profile-participants = { $n ->
    [one] { $n } participant
   *[other] { $n } participants
}
profile-coded = { $n ->
    [one] { $n } codée
   *[other] { $n } codées
}
# La colonne de la part d'une famille dans les notes codées du groupe (5 colonnes au plus).
profile-share = part
profile-apart = Hors des parts : { $uncoded ->
    [one] { $uncoded } non codée
   *[other] { $uncoded } non codées
}
profile-apart-unknown = , { $n } avec une famille inconnue de ce cadre de référence
profile-no-group = Aucun groupe pour l'instant.
profile-session = Séance
profile-readings = cumulé : { $coded ->
    [one] { $coded } note codée
   *[other] { $coded } notes codées
} · moyenne des groupes sur { $groups ->
    [one] { $groups } groupe
   *[other] { $groups } groupes
}
profile-pooled = cumulé
profile-group-mean = moyenne des groupes

## Ce que l'atelier dit sur la ligne d'état (tui/workshop.rs).
workshop-came-back = De retour là où vous étiez : { $group }, question { $at }/{ $n } { $question }.
workshop-read-only-undo = Lecture seule : rien à annuler.
workshop-nothing-to-undo = Rien à annuler.
workshop-undone = Annulé : { $what }.
workshop-nothing-to-redo = Rien à rétablir.
workshop-redone = Rétabli : { $what }.
workshop-history-cut = Ce qui est arrivé du fichier sur le disque a modifié ce que cette étape touchait : elle ne peut plus être annulée ni rétablie, l'historique d'annulation repart d'ici.
workshop-no-such-key = Aucune { -family } n'a la touche { $key }.
workshop-other-framework = Cette séance est codée avec le cadre de référence `{ $framework }` : ouvrez-la avec ce cadre (--framework FILE) pour coder.
workshop-unknown-family-short = famille inconnue `{ $family }`
workshop-recoded = Recodée : { $before } → { $after } · u annule.
workshop-coded = Codée : { $family }.
workshop-no-suggestion = Aucune suggestion pour cette note.
workshop-coded-as-suggested = Codée : { $family }, comme suggéré ({ $why }).
workshop-coded-suggested-other = Codée : { $family } ; suggestion : { $suggested } ({ $why }). s à nouveau la recode.
workshop-add-group = Ajoutez d'abord un { -group } (g).
workshop-all-coded = Toutes les notes de ce groupe sont codées.
workshop-first-uncoded = Première note non codée : { $n ->
    [one] { $n } non codée
   *[other] { $n } non codées
} dans ce groupe.
workshop-no-note-selected = Aucune note sélectionnée.
workshop-deleted = Note supprimée (u la fait revenir).
workshop-deleted-unlinked = Note supprimée ; { $n ->
    [one] l’action { $actions } n’y renvoie plus
   *[other] les actions { $actions } n’y renvoient plus
} (u fait tout revenir).
workshop-now-collecting = Question en cours : { $question }.
workshop-group-needs-name = Un groupe a besoin d'un nom.
workshop-group-exists = Il existe déjà un groupe nommé { $name }.
workshop-group-added = Groupe { $name } ajouté. n indique combien y participent ; a écrit sa première note.
workshop-no-group-selected = Aucun groupe sélectionné.
workshop-no-group-to-rename = Aucun groupe à renommer.
workshop-group-renamed = Groupe renommé en { $name }.
workshop-not-participants = `{ $text }` n'est pas un nombre de participants.
workshop-participants = { $n ->
    [one] { $n } participant.
   *[other] { $n } participants.
}
workshop-participants-cleared = Nombre de participants effacé.
# La langue de la séance a changé (L) : ses libellés, ses exports.
workshop-language = Langue de la séance : { $language } (son résumé et ses exports).
compare-language = Libellés : { $language }.
workshop-moved-group = Déplacée vers le groupe { $group }.
workshop-moved-question = Déplacée vers la question { $question }.
workshop-not-exported = Pas exporté : { $why }
workshop-exported = Exporté ({ $format }) : { $file } ({ $kb } ko).
workshop-lock-freed = L'autre { -app } a libéré cette séance : Ctrl-s pour l'écrire ici (elle est relue depuis son fichier).
workshop-came-in = Reçu du fichier sur le disque : { $what }.
workshop-merged-copy = Copie de conflit d'un service de synchronisation fusionnée ({ $file }) : { $what }.
workshop-changed-unreadable = Le fichier a été modifié par un autre programme et ne se lit pas comme une séance : rien n'est écrit par-dessus. W garde cette version dans un autre fichier.
workshop-already-saved = Déjà enregistré : rien n'a changé depuis.
workshop-saved-now = Enregistré.
workshop-writable-now = Modifiable ici maintenant : relue depuis son fichier ; vos modifications sont enregistrées.
workshop-still-held = Lecture seule : { $why } ; rien n'est enregistré ici. Ctrl-s écrit ici une fois la séance fermée là-bas.
workshop-saved-to = Enregistrée dans { $file } ; la séance se trouve désormais là.
workshop-not-a-file = Cette séance n'est pas enregistrée dans un fichier.

## La ligne de saisie (tui/screen/capture.rs).
capture-read-only-add = Lecture seule : impossible d'ajouter des notes ici.
capture-read-only-edit = Lecture seule : impossible de modifier des notes ici.
capture-paste-dropped = Collage abandonné.
capture-empty-edit = Une note ne peut pas être vide (d la supprime).
capture-edited = Note modifiée.
capture-empty = Note vide : rien n'est ajouté.
capture-type-first = Tapez d'abord une note : Alt et le chiffre de sa famille l'ajoutent, codée.
capture-coded-last = La note qui vient d'être ajoutée est codée : { $family }.
capture-added-coded = Ajoutée, codée : { $family }.
capture-pasted-status = { $n } lignes collées : Enter ajoute { $n } notes, Ctrl-j les joint dans la ligne, Esc abandonne le collage.
capture-added-paste = { $n } notes ajoutées depuis le collage (u les annule d'un coup).
workshop-save-as-read-only = Lecture seule : { $why } ; enregistrez-la ailleurs depuis la fenêtre qui l'écrit.
workshop-export-nowhere = Cette séance n'est pas enregistrée dans un fichier : il n'y a nulle part où exporter à côté d'elle.

## L'application dans son ensemble (tui/app.rs).
app-read-only = Lecture seule : { $why }. Modifications désactivées.
app-other-framework = Cette séance a été codée avec le cadre de référence `{ $session }` ; elle est affichée avec `{ $framework }`.
app-quit-anyway = { $why } Appuyez à nouveau sur q pour quitter quand même.
app-closed-back = { $file } fermé ; retour au territoire.
app-back = Retour au territoire.
app-closed-back-to-list = { $file } fermé ; retour à la liste des séances.
app-back-to-list = Retour à la liste des séances.
app-needs-title = Une séance a besoin d'un titre.
app-created = { $file } créé. Ses détails : Enter en modifie un, Esc pour terminer ; puis g ajoute un groupe.
app-made = { $file } créé : { $what } { $progress }
finder-nothing = Aucun résultat.

# A label before its value ("Family:"; French puts a no-break space before the colon).
label = { $label } :
finder-move-group = groupe : { $name }
finder-move-question = question : { $name }
workshop-uncoded-now = Codage retiré.
