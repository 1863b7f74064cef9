## Ce que le cœur dit et que la ligne d'état cite : l'étape qu'une annulation
## ou un rétablissement a défaite, ce qui est arrivé du disque, pourquoi une
## séance est en lecture seule, ce qu'a fait un enregistrement
## (model/change.rs, intake.rs, store/session_file.rs).

# Une modification, telle que l'annulation et le rétablissement la nomment,
# en groupe nominal (« Annulé : codage de la note. »).
change-add-note = ajout de la note
change-delete-note = suppression de la note
change-criterion = changement de critère
change-edit-note = modification de la note
change-move-note = déplacement de la note
change-code-note = codage de la note
change-code-note-as = codage de la note en { $family }
change-add-group = ajout du groupe
change-remove-group = suppression du groupe
change-group = modification du groupe
change-language = changement de langue
change-details = modification des détails de la séance
change-questions = modification des questions
change-add-criterion = ajout du critère
change-remove-criterion = suppression du critère
change-reword-criterion = reformulation du critère
change-merge = regroupement sous un nouveau critère
change-criteria = modification des critères
change-add-notes = { $n ->
    [one] ajout de { $n } note
   *[other] ajout de { $n } notes
}
change-many = { $n ->
    [one] { $n } modification
   *[other] { $n } modifications
}

# Ce qui est arrivé du fichier sur le disque, ou de la copie d'un service de
# synchronisation.
intake-new = { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
intake-new-from = { $n ->
    [one] { $n } note ajoutée
   *[other] { $n } notes ajoutées
} par { $coders }
intake-changed = { $n ->
    [one] { $n } note modifiée
   *[other] { $n } notes modifiées
}
intake-changed-by = { $n ->
    [one] { $n } note modifiée
   *[other] { $n } notes modifiées
} par { $coders }
intake-deleted = { $n ->
    [one] { $n } note supprimée
   *[other] { $n } notes supprimées
}
intake-details = détails modifiés
intake-conflicts = { $n ->
    [one] { $n } conflit
   *[other] { $n } conflits
} : { $which }
intake-nothing = rien de nouveau

# Pourquoi une séance est en lecture seule, comme fin de phrase
# (« Lecture seule : … »).
read-only-held = cette séance est ouverte dans un autre { -app } ({ $who })
read-only-no-lock = { -app } ne peut pas créer son fichier de verrouillage à côté de cette séance, il n'y écrit donc rien ({ $why })
read-only-view = c'est la vue projecteur : elle affiche, et n'écrit jamais rien

# Ce que dit un enregistrement que l'utilisateur n'a pas attendu.
save-saved = { $file } enregistré.
save-deleted = { $file } a été supprimé par un autre programme ; votre travail est conservé ici. Ctrl-s le réécrit à sa place, W l'enregistre ailleurs.
save-changed = { $file } a été modifié par un autre programme depuis que { -app } l'a enregistré ; il n'est pas écrasé. Ctrl-s l'écrase avec ce que vous voyez ici, W enregistre ailleurs.
save-failed = Pas enregistré : { $file } : { $why }. Vos notes sont conservées ici ; Ctrl-s réessaie, W enregistre ailleurs.

## Why a family is suggested (suggest/family.rs)

suggest-keyword = mot-clé « { $keyword } »
suggest-word = « { $word } », comme dans { $n ->
    [one] { $n } note codée ainsi
   *[other] { $n } notes codées ainsi
}
