"""Extraction: from one processed article (a spaCy Doc with ``doc.spans["kg"]``) to its facts.

``article.extract_article`` builds the ``context.ArticleContext`` and runs the families in
the one order ``article.STEPS`` declares (the honour families' part of it:
``honour_steps.HONOUR_STEPS``).  Each family is code (a function from the
context to facts, its regular expressions the structure: where a name stands, what
follows it); the words it matches are lists under ``kg/data/lexicon/<family>/``, read
once in ``wordlists`` (or through ``kg.lexicon.lexicon()``).  Where a new rule goes:

=============================  =================  ========================================
what                           module             word lists (kg/data/lexicon/)
=============================  =================  ========================================
the page's region and year     page               areas/capital.tsv
areas, zones, communities      areas              areas/capital.tsv
areas, unions the furniture    furniture          unions/union_suffixes.txt,
names (来源：X市总工会)                              bodies/level_bodies.tsv
unions, organisations, venues  bodies,            unions/union_committees.txt,
(level short forms and their   level_names,       unions/union_host_suffixes.txt,
units; national forms)         national_forms     areas/level_words.tsv,
                                                  areas/area_stem_endings.txt,
                                                  bodies/level_bodies.tsv
party, government bodies      gov_bodies         bodies/level_body_aliases.tsv,
                                                  bodies/party_departments.tsv
X（Y）, branches, X位于Y          body_links,        bodies/branch_suffixes.txt,
                               body_parents       bodies/company_endings.txt,
                                                  bodies/legal_forms.txt (names)
某街道某路××号　X; 县公安局X派出所  premises,          areas/road_words.txt, side_words.txt,
                               department_units   bodies/department_unit_endings.txt
people; byline credits         people, credits    (kg.ingest.bylines reads credits/)
offices: titles, elections     posts              posts/elected_verbs.txt,
                                                  posts/electing_verbs.txt
leader rosters (NAME CHAIN)    rosters            (kg.ingest.rosters: people/surnames.txt,
                                                  pages/roster_labels.txt)
events, meetings, 此次…         events             events/ (this_event_words, meeting_verbs,
                                                  plan_words, speech_verbs, spirit_words,
                                                  carry_out_verbs, generic_event_heads)
organisers, date of an event  event_details      events/event_verbs.tsv, subject_blockers.tsv
where an event is held         event_places       events/venue_verbs.txt, venue_openers.txt
a case record's steps          step_lines         events/event_heads.txt, activity_words.txt,
                                                  minutes_labels.tsv
how many took part             event_counts       participants/taking_part.tsv,
                                                  membership_verbs.txt, awards/award_patterns.tsv
the headline's event           headline           events/generic_event_heads.txt
attendance apart               participants       participants/attend_verbs.txt,
                                                  events/same_occasion.txt, event_verbs.tsv
a diary's writer (我…)          first_person       (the article's one credited writer)
由X主办 apart                   sponsors           events/event_verbs.tsv, generic_event_heads.txt
dates; the main event's date   dates              events/same_occasion.txt
honours, places won            awards             awards/award_patterns.tsv
=============================  =================  ========================================

Each folder's README.md says what its lists are for and which module reads each; the
README's "Where does a new rule go" covers the other stages.
"""
