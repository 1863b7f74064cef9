## Les mots de la méthode (shared/method.md, le rapport TOGETHER), tels que
## le matériel de la méthode en français les emploie. Les messages utilisent
## ces termes : l'application, l'aide et le résumé nomment chaque chose d'un
## seul nom.
##
## bien-être, mal-être, action : les sujets des trois questions.
## groupe homogène : un groupe de discussion de personnes qui partagent une
##   même situation.
## groupe de soutien local : les citoyens, associations et agents publics qui
##   lisent les résultats et agissent en conséquence.
## famille, composante, critère, synthèse, codeur, animateur, note.
##
## French: the nouns take `form`: "sg" (default) or "pl". Without `form`
## they also take `n` as in English (`-note(n: 2)`: "notes"). Articles are
## written in the messages themselves (elision and contraction: « l'action »,
## « du groupe »), so the terms carry none. Genders, for the articles and
## agreements around them:
##   feminine: note, famille, composante, synthèse, séance, question, action
##   masculine: groupe, critère, codeur, animateur, bien-être, mal-être
## For people (codeur/codeuse, animateur/animatrice), prefer an epicene
## wording in messages where you can (« le premier codage », « l'animation »);
## the plural « animateurs » is the summary's word (src/export/words.rs).

-app = spiral
-well-being = bien-être
-ill-being = mal-être
-action = { $form ->
   *[sg] action
    [pl] actions
}
-homogeneous-group = { $form ->
   *[sg] groupe homogène
    [pl] groupes homogènes
}
-local-support-group = { $form ->
   *[sg] groupe de soutien local
    [pl] groupes de soutien locaux
}
-family = { $form ->
   *[sg] { $n ->
       *[one] famille
        [other] familles
    }
    [pl] familles
}
-component = { $form ->
   *[sg] { $n ->
       *[one] composante
        [other] composantes
    }
    [pl] composantes
}
-criterion = { $form ->
   *[sg] { $n ->
       *[one] critère
        [other] critères
    }
    [pl] critères
}
-synthesis = { $form ->
   *[sg] synthèse
    [pl] synthèses
}
-coder = { $form ->
   *[sg] { $n ->
       *[one] codeur
        [other] codeurs
    }
    [pl] codeurs
    [f] codeuse
    [fpl] codeuses
}
-facilitator = { $form ->
   *[sg] { $n ->
       *[one] animateur
        [other] animateurs
    }
    [pl] animateurs
    [f] animatrice
    [fpl] animatrices
}
-note = { $form ->
   *[sg] { $n ->
       *[one] note
        [other] notes
    }
    [pl] notes
}
-group = { $form ->
   *[sg] { $n ->
       *[one] groupe
        [other] groupes
    }
    [pl] groupes
}
-session = { $form ->
   *[sg] { $n ->
       *[one] séance
        [other] séances
    }
    [pl] séances
}
-question = { $form ->
   *[sg] { $n ->
       *[one] question
        [other] questions
    }
    [pl] questions
}
