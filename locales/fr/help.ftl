## Aide : ce que fait chaque touche, selon l'endroit où on l'appuie (tui/keymap.rs).
## Identifiants : key-<endroit>-<action>.

# Liste
key-list-up = séance précédente
key-list-down = séance suivante
key-list-open = ouvrir la séance sélectionnée
key-list-filter = filtrer la liste (recherche floue, à la frappe)
key-list-new-session = nouvelle séance (demande son titre)
key-list-back = effacer le filtre
key-list-mark = marquer la séance sélectionnée pour la comparaison
key-list-compare = comparer les séances marquées (ou la séance sélectionnée) : groupes côte à côte, testés
key-list-merge-sessions = fusionner les séances marquées (fichiers des animateurs) en une nouvelle ; les conflits sont écrits à côté
key-list-reconcile = arbitrer entre les deux codages marqués d'une séance (crée un nouveau fichier à côté du premier)
key-list-help = aide
key-list-quit = quitter

# Atelier
key-workshop-capture = saisir des notes : taper, Enter ajoute et garde la ligne ouverte, Esc la ferme
key-workshop-code = coder la note sélectionnée dans la famille 1–8 (puis aller à la note non codée suivante)
key-workshop-uncode = retirer le codage de la note sélectionnée
key-workshop-accept-suggestion = accepter la famille suggérée (note codée : voir sa suggestion ; s à nouveau la recode)
key-workshop-pick-component = choisir une famille ou une composante (recherche floue, toute langue)
key-workshop-next-question = question suivante (les nouvelles notes prennent la question en cours)
key-workshop-prev-question = question précédente
key-workshop-up = note précédente
key-workshop-down = note suivante
key-workshop-prev-group = groupe précédent
key-workshop-next-group = groupe suivant
key-workshop-page-up = une page plus haut
key-workshop-page-down = une page plus bas
key-workshop-top = première note
key-workshop-bottom = dernière note
key-workshop-first-uncoded = aller à la première note non codée du groupe
key-workshop-details = les détails de la séance : titre, lieu, date, animateurs, langue, questions, description et participants du groupe
key-workshop-edit = modifier la note sélectionnée
key-workshop-delete = supprimer la note sélectionnée (u la fait revenir)
key-workshop-move = déplacer la note sélectionnée vers un autre groupe ou une autre question
key-workshop-new-group = ajouter un groupe
key-workshop-rename-group = renommer le groupe sélectionné
key-workshop-participants = indiquer le nombre de participants du groupe
key-workshop-language = langue suivante de la séance (en, sv, da, fr), pour son résumé et ses exports
key-workshop-undo = annuler
key-workshop-redo = rétablir
key-workshop-save = enregistrer maintenant (fait automatiquement après chaque modification) ; si un autre programme a modifié le fichier, l'écraser
key-workshop-profile = profil du groupe et de la séance
key-workshop-compare = comparer les groupes de la séance : tableau, résidus, khi-deux, distances
key-workshop-synthesis = synthèse : regrouper en critères les notes qui disent la même chose
key-workshop-actions = actions de coresponsabilité : ce que le territoire fait ensemble en réponse à ce que les groupes ont dit
key-workshop-link-to-action = relier la note sélectionnée à une action (un choix parmi les actions de la session ; Entrée relie)
key-workshop-save-as = enregistrer la séance dans un autre fichier (qui devient le sien)
key-workshop-reconcile = arbitrage : parcourir les notes sur lesquelles deux codages divergent
key-workshop-export = exporter : page de résumé, Markdown, tableurs, REFI-QDA (écrits à côté de la séance)
key-workshop-search = rechercher dans toutes les notes de la séance
key-workshop-help = aide
key-workshop-back = effacer le message
key-workshop-quit = quitter, ou revenir à la liste des séances ou au territoire d'où la séance a été ouverte (tout est déjà enregistré)

# Profil
key-profile-prev-group = groupe précédent
key-profile-next-group = groupe suivant
key-profile-next-question = barres de la question suivante (ou de toutes)
key-profile-language = langue suivante
key-profile-help = aide
key-profile-back = retour à l'atelier
key-profile-quit = quitter
key-profile-actions = les actions de coresponsabilité (et les familles les plus citées auxquelles aucune action ne répond encore)

# Actions de coresponsabilité
key-actions-up = action précédente
key-actions-down = action suivante
key-actions-edit = le formulaire de l'action sélectionnée : chaque ligne modifiée à part
key-actions-new = une nouvelle action (son titre est demandé)
key-actions-report = un compte rendu daté sur l'action sélectionnée (aujourd'hui, par qui écrit les notes)
key-actions-delete = supprimer l'action sélectionnée (u la rétablit)
key-actions-page-up = faire défiler les détails vers le haut
key-actions-page-down = faire défiler les détails vers le bas
key-actions-undo = annuler
key-actions-redo = rétablir
key-actions-language = langue suivante
key-actions-help = aide
key-actions-back = retour à l'atelier
key-actions-quit = quitter

# Le formulaire d'une action
key-action-form-up = ligne précédente
key-action-form-down = ligne suivante
key-action-form-submit = modifier la ligne (le statut : le suivant ; une ligne + : ajouter)
key-action-form-delete = retirer l'acteur, la famille ou la question ouverte sélectionnée
key-action-form-undo = annuler
key-action-form-redo = rétablir
key-action-form-back = fermer le formulaire

# Comparaison
key-compare-up = défiler vers le haut
key-compare-down = défiler vers le bas
key-compare-toggle-shares = nombres ou parts
key-compare-next-question = question suivante (ou toutes)
key-compare-toggle-by = comparer les groupes ou des séances entières
key-compare-language = langue suivante
key-compare-help = aide
key-compare-back = retour
key-compare-quit = quitter

# Synthèse
key-synthesis-prev-group = famille précédente
key-synthesis-next-group = famille suivante
key-synthesis-code = aller à la famille 1–8
key-synthesis-up = élément précédent (critère ou note)
key-synthesis-down = élément suivant (critère ou note)
key-synthesis-page-up = une page plus haut
key-synthesis-page-down = une page plus bas
key-synthesis-top = premier élément
key-synthesis-bottom = dernier élément
key-synthesis-switch-pane = passer des critères à leurs notes, et inversement
key-synthesis-mark = marquer la note ou retirer sa marque (les notes semblables reçoivent ≈)
key-synthesis-next-similar = aller à la note semblable suivante (≈)
key-synthesis-merge = regrouper les notes marquées sous une nouvelle formulation (depuis un critère : les en détacher)
key-synthesis-add-to-criterion = ajouter les notes marquées au critère sélectionné
key-synthesis-take-out = retirer de leur critère les notes marquées (ou la note sélectionnée)
key-synthesis-reword = reformuler le critère sélectionné
key-synthesis-dissolve = dissoudre le critère sélectionné (ses notes restent, non regroupées)
key-synthesis-undo = annuler
key-synthesis-redo = rétablir
key-synthesis-language = langue suivante
key-synthesis-help = aide
key-synthesis-back = effacer les marques, ou retour à l'atelier
key-synthesis-quit = quitter

# Arbitrage
key-reconcile-down = désaccord suivant
key-reconcile-up = désaccord précédent
key-reconcile-take-first = prendre la famille du premier codage
key-reconcile-take-second = prendre la famille du second codage
key-reconcile-accept-suggestion = prendre la famille suggérée
key-reconcile-code = choisir une autre famille, 1–8
key-reconcile-next-similar = note suivante pas encore arbitrée
key-reconcile-undo = annuler
key-reconcile-redo = rétablir
key-reconcile-help = aide
key-reconcile-back = retour à l'atelier (chaque décision est enregistrée aussitôt)
key-reconcile-quit = quitter

# Menu
key-menu-up = format précédent
key-menu-down = format suivant
key-menu-submit = exporter dans le format sélectionné
key-menu-cancel = fermer

# Recherche
key-finder-up = résultat précédent
key-finder-down = résultat suivant
key-finder-submit = prendre le résultat sélectionné
key-finder-cancel = fermer

# Saisie
key-capture-submit = ajouter la note, non codée (la ligne reste ouverte)
key-capture-add-and-code = ajouter la note codée dans cette famille (sur une ligne vide : coder la note qui vient d'être ajoutée) ; la ligne reste ouverte
key-capture-next-question = question suivante (pour les notes suivantes)
key-capture-prev-question = question précédente
key-capture-cancel = fermer la ligne (sélectionne la dernière note ajoutée)
key-capture-join-paste = après un collage de plusieurs lignes : les joindre en une seule note

# Projecteur
key-projector-prev-group = groupe précédent
key-projector-next-group = groupe suivant
key-projector-next-question = une question, la suivante, ou toutes
key-projector-follow = aller où en est l'{ -facilitator }, et le suivre à nouveau (se déplacer à la main fige la vue)
key-projector-quit = quitter

# Territoire
key-territory-up = séance précédente
key-territory-down = séance suivante
key-territory-page-up = dix séances plus haut
key-territory-page-down = dix séances plus bas
key-territory-open = ouvrir la séance (q la ferme et revient ici)
key-territory-compare = la comparaison en direct de tous les groupes du territoire
key-territory-help = aide
key-territory-quit = quitter

# Détails
key-details-up = champ précédent
key-details-down = champ suivant
key-details-submit = modifier le champ (Enter à nouveau valide la modification ; la langue passe à la suivante)
key-details-move-up = monter la question (tant qu'aucune note ne répond ni à elle ni à celle du dessus)
key-details-move-down = descendre la question
key-details-back = fermer le formulaire

# Ligne de texte
key-text-line-submit = valider
key-text-line-cancel = annuler

# Aide
key-help-up = défiler vers le haut
key-help-down = défiler vers le bas
key-help-page-up = une page plus haut
key-help-page-down = une page plus bas
key-help-top = au début
key-help-bottom = à la fin
key-help-back = fermer l'aide

## Où les touches sont appuyées : les titres de l'aide.
context-list = Liste des séances
context-workshop = Atelier
context-profile = Profil
context-compare = Comparaison
context-synthesis = Synthèse
context-menu = Menu d'export
context-reconcile = Arbitrer entre deux codages
context-finder = Recherche, sélecteur et filtre
context-capture = Ligne de saisie
context-text-line = Invites de saisie
context-details = Détails de la séance
context-projector = Vue projecteur
context-territory = Territoire (un dossier)
context-actions = Actions de coresponsabilité
context-action-form = Le formulaire d'une action
context-help = Aide

help-title = Aide · ↑↓ défiler · Esc ferme
help-text-lines = Les lignes de texte acceptent aussi ←/→, Home/End, Ctrl-a/e, Ctrl-w (mot), Ctrl-u (ligne). Ctrl-c quitte partout.
help-rules = Règles de codage (SPIRAL)
## Les règles de SPIRAL pour attribuer une note (shared/method.md).
help-rule-1 = Prendre le sens explicite, sans surinterpréter ni ajouter ses propres références culturelles.
help-rule-2 = Identifier sa finalité : qui agit, et pour qui.
help-rule-3 = Considérer à quelle question elle répond.
help-rule-4 = Attribuer d'abord la { -family }, puis la { -component }.
help-rule-5 = En cas de doute, attribuer la { -component } la plus générale.
help-keys-file = Vos touches : { $file } modifie { $n ->
    [one] { $n } raccourci
   *[other] { $n } raccourcis
} (voir ci-dessous).
help-keys-none = Vos touches : un fichier de touches { $file } modifie tout raccourci ci-dessous (voir le README).
help-keys-refused = Vos touches : { $file } a été refusé (la ligne d’état a dit pourquoi au démarrage de { -app }) ; les touches ci-dessous sont celles d’origine.

## Key names on screen (tui/keymap.rs, key_name_in): as a keyboard of
## the language prints them; a keymap file keeps the English names.

key-name-space = Espace
key-name-ctrl = Ctrl
key-name-shift-tab = Maj-Tab
key-name-page-up = Pg préc
key-name-page-down = Pg suiv
key-name-home = Début
key-name-end = Fin

## The printable key card (`spiral keys`, tui/keycard.rs).

keycard-title = { -app } — touches de l’atelier
keycard-keys-shipped = Les touches d’origine.
keycard-keys-yours = Vos touches : { $file } modifie { $n ->
    [one] { $n } raccourci
   *[other] { $n } raccourcis
}.
keycard-keys-refused = Les touches d’origine : votre fichier de touches { $file } a été refusé, et { -app } utilise celles-ci en attendant.
keycard-capture = Saisir et coder
keycard-move = Se déplacer
keycard-edit = Modifier et annuler
keycard-look = Rechercher, analyser, exporter
keycard-wall = Le mur (projecteur)
keycard-wall-intro = { -app } FICHIER --view ouvre le mur : les notes du groupe par famille, en direct et en lecture seule ; il suit l’{ -facilitator }.
keycard-end = Enregistrer, aide, quitter
keycard-more = Toutes les touches de chaque écran sont dans l’aide de { -app } :
