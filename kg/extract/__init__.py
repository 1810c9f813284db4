"""Extraction: from one processed article (a spaCy Doc with ``doc.spans["kg"]``) to its facts.

``article.extract_article`` builds the ``context.ArticleContext`` and runs the families in
the one order ``article.STEPS`` declares.  Where a new rule goes:

=============================  =================  ====================================
what                           module             word lists (kg/data/lexicon)
=============================  =================  ====================================
the page's region and year     page               capital.tsv
areas, zones, communities      areas              capital.tsv
unions, organisations, venues  bodies             union_committees.txt, level_words.txt,
                                                  level_bodies.tsv,
                                                  union_host_suffixes.txt,
                                                  area_stem_endings.txt
X（Y）, branches, X位于Y          body_links         branch_suffixes.txt,
                                                  company_endings.txt, legal_forms.txt
people; byline credits         people, credits    (ingest reads the byline)
offices: titles, elections     posts              elected_verbs.txt, electing_verbs.txt
events, meetings, 此次…         events             this_event_words.txt,
                                                  meeting_verbs.txt, plan_words.txt,
                                                  speech_verbs.txt, spirit_words.txt,
                                                  carry_out_verbs.txt
organisers, place, date, count event_details      event_verbs.txt, venue_verbs.txt,
                                                  subject_blockers.tsv,
                                                  taking_part.tsv, membership_verbs.txt
the headline's event           headline           generic_event_heads.txt
attendance, 由X主办 apart       participants       attend_verbs.txt, same_occasion.txt,
                                                  event_verbs.txt (by/after)
dates; the main event's date   dates              same_occasion.txt
honours, places won            awards             award_patterns.txt
=============================  =================  ====================================

The lists are read once, in ``wordlists`` (or the family's module); the families keep
only the structure (where a name stands, what follows it) as regular expressions.
"""
