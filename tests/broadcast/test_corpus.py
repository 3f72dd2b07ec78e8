"""The reading corpus scored as a test (issue 17): real sentences, hand-written readings.

Parts A and B are what the normalizer was tuned on; part C is the hold-out,
collected and read before the tuning and never used to choose a rule. Each
part's score is printed per kind (``pytest -s`` shows it) and must not fall
below the floor reached when it was last measured: a rule that helps one
sentence and breaks two others fails here. The proof list is held to a floor
too: the share of wrong sentences that carry at least one warning.

Raise a floor when the normalizer gets better; never lower one to make a
change pass.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

# Scoring whole parts of the corpus is the slow tier (see conftest: "corpus-wide
# scoring"); the unit tier keeps the rules' own tests on sentences written for them.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "broadcast" / "corpus"

# Measured on this branch (feat/normalizer); see the README's corpus table.
# Round 7 (feat/reader-tail): 794/804 (98.8%).
TUNED_FLOOR = 98.7  # parts A+B, % fully right (787/804 when first set)
# Parts A+B, % of wrong sentences with a warning: 11/17 when first set, 12/13
# after the doubts of feat/doubts (test_doubts.py); left room for reading changes.
TUNED_WARNED_FLOOR = 85.0
# Over every part (A-O), wrong sentences with NO warning: 13 of 63 before the
# doubts of feat/doubts, 1 after (b164, "doanh nghiệp FDI" said without "có
# vốn"). A sentence read wrongly with no warning is the proof list's worst case.
SILENT_CEILING = 1
# Part P, named in that test since its blind score was recorded: 3 wrong sentences
# with no warning after tuning, two of them pauses only (p015 "phòng, chống" in a
# dictionary reading, p132 a pause at a dash between two street names) and p161
# (an issuer said although a typo'd "Bộ y tể" names it).
SILENT_CEILING_WITH_P = SILENT_CEILING + 3
# Parts Q and R, named in that test since their blind scores were recorded: no
# wrong sentence without a warning after tuning (5 of each before), so the
# ceiling stays that of A-P.
SILENT_CEILING_WITH_QR = SILENT_CEILING_WITH_P
HOLD_OUT_FLOOR = 97.0  # part C, measured at the end of each tuning round (63.8% before)
# Part D, the second hold-out (issue 17 item 2): 81.0% (136/168) untouched, then
# 97.6% (164/168) after general rules each tested on its own (test_reading_news.py).
SECOND_HOLD_OUT_FLOOR = 98.0
# Part E, the third hold-out: 84.0% (42/50) untouched, then 98.0% (49/50) after
# the rules of round 3 (test_reading_part_e.py); part D reached 98.2% (165/168).
THIRD_HOLD_OUT_FLOOR = 98.0
# Part F, the fourth hold-out, collected before round 3 and scored once after it:
# 77.0% (94/122), the same with the normalizer before round 3; then tuned on
# (test_reading_part_f.py): 92.6% (113/122).
FOURTH_HOLD_OUT_FLOOR = 92.5
# Part G, the fifth hold-out: 82.9% (121/146) untouched, then tuned on
# (test_reading_part_g.py): 94.5% (138/146).
FIFTH_HOLD_OUT_FLOOR = 94.5
# Part H, collected blind in round 4: 84.0% (126/150) untouched at 0e48477, 84.7%
# (127/150) with part G's rules; then tuned on (test_reading_part_h.py): 98.7% (148/150).
SIXTH_HOLD_OUT_FLOOR = 98.5
# Part J, collected after H and I and committed before the normalizer ran on it:
# 78.5% (142/181) untouched, then tuned on (test_reading_part_j.py): 95.6% (173/181);
# 96.7% (175/181) after the scorer's letter names (round 5) and part T's rule for a date
# that names a holiday (round 7).
PART_J_FLOOR = 96.6
# Part K (fisheries, the sea, statistics, housing, population, banking): 75.5%
# (83/110) untouched, then tuned on (test_reading_part_k.py): 97.3% (107/110).
PART_K_FLOOR = 97.2
# Part L, collected after A-K and committed before the normalizer ran on it: 91.4%
# (106/116) untouched, then tuned on (test_reading_part_l.py): 98.3% (114/116); 100%
# (116/116) after part T's rule for a span of dates that fills a bracket (round 7).
PART_L_FLOOR = 99.9
# Part M (commemoration and history, ethnic-minority affairs, religion), collected
# after A-L and committed before the normalizer ran on it: 84.0% (68/81) untouched,
# then tuned on (test_reading_part_m.py): 96.3% (78/81).
PART_M_FLOOR = 96.2
# Part N (health advice, recruitment, consumer protection), collected after A-L and
# committed before the normalizer ran on it: 72.8% (59/81) untouched, then tuned on
# (test_reading_part_n.py): 96.3% (78/81).
PART_N_FLOOR = 96.2
# Part I, collected blind in round 4 (no reading code run on it until all of the
# round's rules were merged) and scored once at the end: 90.9% (159/175), its
# honest figure; 88.0% (154/175) at 0e48477, before the round. BLIND_I_FLOOR keeps
# that blind figure. Then tuned on (test_reading_part_i.py; i011's reading given
# its "mồng"): 97.7% (171/175), held by PART_I_TUNED_FLOOR.
BLIND_I_FLOOR = 90.8
PART_I_TUNED_FLOOR = 97.7
# Part O, collected blind and scored once untouched at the start of round 5 (reader
# of 7cf73b6): 94.6% (176/186), its honest figure, kept by BLIND_O_FLOOR. Then tuned
# on (test_reading_part_o.py, four dictionary entries, the scorer's letter names):
# 100% (186/186); PART_O_TUNED_FLOOR lets no sentence of it drop.
BLIND_O_FLOOR = 94.6
PART_O_TUNED_FLOOR = 99.9
# Part P, collected blind in round 5 and scored once untouched by the integrator:
# 91.9% (203/221), 11 of its 18 wrong sentences warned; BLIND_P_FLOOR keeps that
# honest figure. Then tuned on (test_reading_part_p.py, general causes only):
# 95.9% (212/221), held by PART_P_TUNED_FLOOR.
BLIND_P_FLOOR = 91.8
# Round 7 (feat/reader-tail, test_reading_tail.py): 97.3% (215/221).
PART_P_TUNED_FLOOR = 97.2
# Parts Q (commune loudspeaker text) and R (national and provincial news), collected
# blind in round 6 and scored once untouched by the integrator (reader of 1840387):
# Q 92.7% (139/150), 6 of its 11 wrong sentences warned; R 93.0% (173/186), 8 of 13
# warned. BLIND_Q_FLOOR and BLIND_R_FLOOR keep those honest figures. Then tuned on
# (test_reading_part_qr.py, general causes only; two readings of Q given the
# corpus's "ô tê pê" for OTP as an alternative): Q 98.7% (148/150), R 98.9%
# (184/186), every wrong sentence of both warned; held by the tuned floors.
BLIND_Q_FLOOR = 92.6
BLIND_R_FLOOR = 93.0
PART_Q_TUNED_FLOOR = 98.6
PART_R_TUNED_FLOOR = 98.9
# Part S (commune loudspeaker notices and health news), collected blind in round 6
# and scored once untouched by the integrator with every reading rule of the round
# merged: 92.2% (188/204), 12 of its 16 wrong sentences warned; BLIND_S_FLOOR keeps
# that honest figure. Then tuned on (test_reading_part_s.py, general causes only):
# 99.5% (203/204), its one wrong sentence warned (s012, the code "D1500" said "dê
# một nghìn năm trăm", not "đê …"); held by PART_S_TUNED_FLOOR.
BLIND_S_FLOOR = 92.1
# Round 7 (feat/reader-tail): 100% (204/204), s012's pipe "D1500" read "đê …".
PART_S_TUNED_FLOOR = 99.9
# Part S adds no wrong sentence without a warning after tuning (4 before: s004,
# s009 seconds of a clock time, s125 a bracketed list of dates, s166 an issuer
# "Tỉnh ủy" the letters TU do not determine), so the ceiling stays that of A-R.
SILENT_CEILING_WITH_S = SILENT_CEILING_WITH_QR
# Round 7 (feat/reader-tail, test_reading_tail.py): three of the four left made right
# by general rules (b164 "doanh nghiệp FDI" said "có vốn …", p132 a pause between two
# streets at a crossing, p161 an issuer named with a typo in a tone); one left, p015,
# whose reading writes "phòng chống" where the dictionary says "phòng, chống" (its
# own note accepts the pause, its `also` does not: a pause only).
SILENT_CEILING_AFTER_TAIL = 1
# Part T (commune, ward and district notices from *.gov.vn portals, and health news
# from health departments and hospitals), collected blind at the start of round 7 and
# scored once untouched by the integrator with round 6's reader (6562fc6): 87.4%
# (187/214), 18 of its 27 wrong sentences warned; BLIND_T_FLOOR keeps that honest
# figure. Then tuned on (test_reading_part_t.py, general causes and ten sourced
# dictionary entries; no reading of T changed): 100% (214/214), held by
# PART_T_TUNED_FLOOR, which lets no sentence of it drop.
BLIND_T_FLOOR = 87.3
PART_T_TUNED_FLOOR = 99.9
# Part T adds no wrong sentence without a warning after tuning (9 before: dates after a
# holiday and in anniversary brackets said with "ngày" or "từ", document symbols whose
# issuer was said again, a title's full stop read as a pause, a glued "khóaXII", a list
# "vùng 1-2-3" read as a range and a minus), so the ceiling stays that of A-S
# after feat/reader-tail.
SILENT_CEILING_WITH_T = SILENT_CEILING_AFTER_TAIL
# Part U (national and provincial newspapers, 15 domains), collected blind at the
# start of round 7 and scored once untouched by the integrator at the end of round 7
# with every reading rule of the round merged (879b9ac): 93.5% (244/261), 10 of its 17
# wrong sentences warned; BLIND_U_FLOOR keeps that honest figure. Then tuned on
# (feat/tune-u, test_reading_part_u.py, general causes and three sourced dictionary
# entries; no reading of U changed): 98.9% (258/261). Then two readings corrected to the
# corpus's own convention (README: days one to ten take "mồng"; e015 was corrected the
# same way): u075 and u081 wrote "ngày mười tháng chín". The blind figure stays as
# scored. 99.6% (260/261), held by PART_U_TUNED_FLOOR.
BLIND_U_FLOOR = 93.4
PART_U_TUNED_FLOOR = 99.6
# Part U's wrong sentences with no warning: 7 at its blind score, 1 after tuning: u173
# spells the D of COPD "dê" (its Northern name) where its reading writes "đê", a letter
# name the proof list cannot know.
SILENT_CEILING_WITH_U = SILENT_CEILING_WITH_T + 1
# Parts V (official sources: commune, district and province portals, departments,
# Party and mass-organisation sites, power and water companies; 220 sentences) and W
# (newspapers outside the corpus's training domains, 220 sentences), collected blind at
# the start of round 8 by two collectors who ran no reading code, and scored once
# untouched by the integrator with the round's reading rules merged (feat/tune-abbr and
# feat/tune-num, main at 9bbe956): V 90.0% (198/220), 11 of its 22 wrong sentences
# warned; W 94.5% (208/220), 10 of its 12 wrong sentences warned. The BLIND floors keep
# those honest figures.
BLIND_V_FLOOR = 89.9
BLIND_W_FLOOR = 94.5
# Then tuned on (feat/tune-vw, test_reading_part_vw.py, general causes and sourced
# dictionary entries; no reading of V or W changed): V 94.1% (207/220), W 96.4%
# (212/220). Then two readings corrected by the integrator, the blind figures staying as
# scored: v141 wrote "ngày mười tháng tư" against the corpus README's convention (days
# one to ten take "mồng"; u075, u081 and e015 were corrected the same way), and w045's
# also-list gave "ba mươi phút" and "từ ngày … đến ngày" as separate choices but not
# together (the combination added). V 94.5% (208/220), W 96.8% (213/220), held by the
# TUNED floors.
# Round 9 (feat/reader9): v103 ("của Trung ương" after "21-KL/TW", "08-QĐi/TW") and
# v120 ("ngày" before both ends of "từ ngày 30/3 - 2/4") fixed: V 95.5% (210/220).
PART_V_TUNED_FLOOR = 95.4
PART_W_TUNED_FLOOR = 96.8
# Wrong with no warning in V and W after round 9: none (v103 and v120, the two left
# after tuning, fixed by feat/reader9).
SILENT_CEILING_WITH_VW = SILENT_CEILING_WITH_U
# Parts X (official sources: commune, ward, district and province portals, departments,
# Party sites, the Fatherland Front and mass organisations; 221 sentences, 80 pages on 74
# sites) and Y (news as a station would relay it: provincial papers, radio-TV stations,
# trade and sector papers; 213 sentences, 58 pages on 53 sites), collected blind at the
# start of round 9 ONLY from web domains the corpus had never used (720 domains then),
# by two collectors who ran no reading code; scored once untouched by the integrator
# with the round's reading rules merged (feat/tune-doc, feat/tune-onum; main at
# a9391e9): X 90.0% (199/221), 17 of its 22 wrong sentences warned; Y 94.4% (201/213),
# 8 of its 12 wrong sentences warned. The BLIND floors keep those honest figures.
BLIND_X_FLOOR = 90.0
BLIND_Y_FLOOR = 94.3
# Then tuned on (feat/tune-xy, test_reading_part_xy.py, general causes and sourced
# dictionary entries; no reading of X or Y changed): X 96.4% (213/221), 7 of its 8 wrong
# sentences warned; Y 98.6% (210/213), 1 of its 3 wrong sentences warned. Held by the
# TUNED floors (rounded down).
# Then three also-readings added by the integrator, the blind figures staying as scored:
# x017 ("năm" before the year after "lần thứ I -", as part E reads "lần VIII-2012"),
# y151 ("ngày" before the first end of "(26-27/2)" only, this README's own form for a
# day span) and y164 (the initials "S.M.S" as "sờ mờ sờ", the other Northern letter
# names, which the README leaves to the announcer): X 96.8% (214/221), Y 99.5%
# (212/213).
PART_X_TUNED_FLOOR = 96.8
PART_Y_TUNED_FLOOR = 99.5
# Wrong with no warning in X and Y after that: none (x017, y151 and y164, the three left
# after tuning, were readings the README's conventions also allow).
SILENT_CEILING_WITH_XY = SILENT_CEILING_WITH_VW
# Part Z (218 sentences: 126 from official sources, 92 news; 80 pages on 80 sites),
# collected blind in the middle of round 9 ONLY from web domains the corpus had never
# used (844 domains then, X's and Y's included), by a collector who ran no reading code,
# while the reader was being tuned on X and Y; scored once untouched by the integrator
# with every reading rule of the round merged (feat/tune-xy, feat/review9; main at
# e3ed749): 90.8% (198/218), 13 of its 20 wrong sentences warned. BLIND_Z_FLOOR keeps
# that honest figure.
BLIND_Z_FLOOR = 90.8
# Then tuned on (feat/tune-z, test_reading_part_z.py, general causes and one sourced
# dictionary entry; no reading of Z changed): 95.0% (207/218), 7 of its 11 wrong
# sentences warned; every sentence of A-Y as before. Held by PART_Z_TUNED_FLOOR (rounded
# down).
# Then z112 corrected by the integrator, the blind figure staying as scored: its reading
# said "ngày mười tháng mười hai" against the corpus README's convention (days one to
# ten take "mồng"; u075, u081, v141 were corrected the same way): 95.4% (208/218).
PART_Z_TUNED_FLOOR = 95.4
# Wrong with no warning in Z after that (3): z159 and z170 (the reader's "từ ngày … đến
# ngày …" for a day span, which the readings leave out; z159 is marked UNSURE), z194
# (hyphens between bodies' names, which the reader pauses at and the reading keeps as
# written; words right, pauses differ). z163 ("đồng/1.000 hạt", UNSURE) is listed now.
SILENT_CEILING_WITH_Z = SILENT_CEILING_WITH_XY + 3
# Parts AA (221 sentences from official sources: commune, ward, district and province
# portals, departments, schools, Party sites, mass organisations, utilities; 81 pages on
# 77 sites) and AB (news: provincial papers, radio-TV pages, sector papers and online
# papers; 207 sentences from 58 pages on 51 sites, of which the integrator removed the 3
# of baocamau.vn, the same paper as a listed domain: 204), collected blind at the start
# of round 10 ONLY from web domains the corpus had never used (924 domains then), by
# collectors who ran no reading code, while two tuners trained on samples of the
# corpus's own domains and a reviewer checked round 9's rules; scored once untouched by
# the integrator with every rule of that phase merged (feat/review10, feat/angle10,
# feat/tune-letters, feat/tune-numbers; main at 4cd6aca): AA 91.0% (201/221), 14 of its
# 20 wrong sentences warned; AB 92.6% (189/204), 8 of its 15 wrong sentences warned.
# The BLIND floors keep those honest figures.
BLIND_AA_FLOOR = 90.9
BLIND_AB_FLOOR = 92.6
# Wrong with no warning in AA and AB at the blind score: AA 6 (aa001, aa012, aa013,
# aa029, aa085, aa140), AB 7 (ab002, ab003, ab105, ab127, ab132, ab179, ab188).
SILENT_CEILING_WITH_AAB = SILENT_CEILING_WITH_Z + 13
# Then tuned on (feat/tune-aab, test_reading_part_aab.py, general causes and sourced
# dictionary entries; no reading of AA or AB changed): AA 96.8% (214/221), 5 of its 7
# wrong sentences warned; AB 97.1% (198/204), 2 of its 6 wrong sentences warned; every
# sentence of A-Z as before. Held by the TUNED floors (rounded down).
PART_AA_TUNED_FLOOR = 96.8
PART_AB_TUNED_FLOOR = 97.0
# Wrong with no warning in AA and AB after that (6), each a choice the readings make
# against the reader's, left for the integrator: aa029 (the reader says the type of
# "52/2020/TT-BGDĐT" when no word names it; the reading, as the corpus README's "the
# type code is not read", does not), aa085 (the same, the type's word after it typed
# "Thông tu"), ab127 ("thành phố TP.HCM": the reading says "thành phố" twice, the reader
# once), ab132 ("đường ĐT 848": the reading says "đường" twice and the number as an
# amount; the reader "đường tỉnh tám bốn tám", as test_abbreviations asserts), ab179
# (VNPT "vê en pê tê"; the dictionary and part J say "vê nờ pê tê", J accepting both),
# ab188 (the initial "D." written "đê", the letter name of Đ; the reader says "dê").
# Then ab179 took "vê nờ pê tê" as an also-reading (the integrator, after the blind
# score): AB 97.5% (199/204); five left. In round 11 the integrator decided the type
# may be said where no word names it (the corpus README's conventions) and gave aa029 the
# reader's form as an also-reading: AA 97.3% (215/221); four left.
SILENT_CEILING_WITH_AAB_TUNED = SILENT_CEILING_WITH_Z + 4
# Part AC (212 sentences: about 129 from official sources, 83 news; 67 pages on 57
# sites, about 28 provinces, mostly the Centre, the Highlands and the South-West),
# collected blind at the same time as AA and AB ONLY from web domains the corpus, AA and
# AB never used, by a collector who ran no reading code; scored once untouched by the
# integrator after the reader was tuned on AA and AB, with every reading rule of round
# 10 merged (feat/tune-aab, feat/tune-weak, feat/review-p1; main at 801033c): 95.3%
# (202/212), 7 of its 10 wrong sentences warned. The first blind part at 95% or more;
# BLIND_AC_FLOOR keeps that honest figure. Silent: ac026 (a company's name said again
# after its bracketed short name), ac069 (a document type said where the reading leaves
# the code unsaid, as aa029), ac109 ("08/4/ đến 29/4/2024" with a stray slash).
BLIND_AC_FLOOR = 95.2
# Then tuned on (feat/tune-ac, test_reading_part_ac.py, general causes and sourced
# dictionary entries; no reading of AC changed): 98.1% (208/212), its 4 wrong sentences
# all warned (ac044 "Tx", ac052 CTUBMTTQVN, ac069 the type word against the symbol's
# code, ac093 "âl"); every sentence of A-AB as before. Held by the TUNED floor (rounded
# down). No silent one left in AC: the ceiling is A-AB's.
PART_AC_TUNED_FLOOR = 98.1
SILENT_CEILING_WITH_AC = SILENT_CEILING_WITH_AAB_TUNED
# Part AD (162 sentences collected at the end of round 10, about 101 official and 61
# news, 62 pages on 60 sites, about 31 provinces, ONLY from web domains no part had used,
# by a collector who ran no reading code; the integrator removed the 6 of baoquangninh.vn
# and video.baodaknong.org.vn, the same papers as used domains: 156), scored once
# untouched by the integrator with every rule of round 10 merged, tune-ac's included
# (main at 227756a): 94.2% (147/156), 7 of its 9 wrong sentences warned. BLIND_AD_FLOOR
# keeps that honest figure. Silent: ad094 ("VietGAP" said "việt gáp" where the reading
# keeps the brand's letters as written), ad110 (a hotline with "+84-28" grouped as
# amounts after its area code).
BLIND_AD_FLOOR = 94.2
# Then tuned on (feat/tune-ad, test_reading_part_ad.py, general causes and one sourced
# dictionary entry, "Hội KH&KT"; no reading of AD changed): 96.8% (151/156), 4 of its 5
# wrong sentences warned (ad032 "8011035" after a service's name, ad038 "HRD Korea"
# after its full name, ad043 "QLKT CTTL" defined only in the sentence before, ad122
# "495/VPTT", whose letters other texts use for "Văn phòng Thường trú"); every sentence
# of A-AC as before. Held by the TUNED floor (rounded down). "QLKT CTTL" is now learned
# from its bracket within one text (feat/tune-ad), but a corpus sentence is read alone.
# Silent left: ad094 only ("VietGAP": the reading keeps it as written,
# but the dictionary's sourced "Việt-gáp" follows OCOP "ô cốp", which parts S, AB and
# AD itself read as said: the corpus is not consistent on a ministry's brand, left for
# the integrator). In round 11 the integrator decided it is said "Việt gáp", as radio
# says it and like OCOP (the corpus README), and gave ad094 that also-reading: AD 97.4%
# (152/156), no silent one left in AD.
PART_AD_TUNED_FLOOR = 96.7
SILENT_CEILING_WITH_AD = SILENT_CEILING_WITH_AC
# Part AE (143 sentences collected at the very end of round 10, about 91 official and
# 52 news, 52 pages on 51 domains, about 29 provinces, ONLY from web domains no part had
# used, papers that moved domain counted as used, by a collector who ran no reading
# code), scored once untouched by the integrator with every rule of round 10 merged,
# tune-ad's included (main at 4beecd5): 93.7% (134/143), 7 of its 9 wrong sentences
# warned. BLIND_AE_FLOOR keeps that honest figure. Silent: ae125 ("ngày" said before the
# second end of a lunar day span, which the reading leaves out), ae141 ("MN" after
# "dân tộc thiểu số và" read "mầm non", where it is "miền núi").
BLIND_AE_FLOOR = 93.7
# Then tuned on (feat/tune-ae, round 11, test_reading_part_ae.py, general causes, no
# dictionary entry, no reading of AE changed): 97.2% (139/143), all 4 wrong sentences
# warned (ae031 "RI6", a durian variety no source spells out; ae061 "công văn số
# 224/BC-MSCES", the type code "BC" said where the sentence writes "công văn", listed
# since tune-ac; ae094 the same with "164/ TB - UBND"; ae095 "KTN", a relic board's own
# "Khu tưởng niệm", no source found); every other part as before (Z's z068 now only
# its hyphen pauses differ, still warned). Both silent ones fixed: two spans of days in
# one sentence are said alike (ae125), "MN" is read only where the words around decide
# it, else left and listed (ae141). Held by the TUNED floor (rounded down). Silent left
# in A-AE, none of AE: p015, u173, z159, z170, z194, aa085, ab127, ab132, ab188 (9;
# aa029 and ad094 were given also-readings by the integrator's round-11 decisions).
PART_AE_TUNED_FLOOR = 97.2
SILENT_CEILING_WITH_AE = SILENT_CEILING_WITH_AD
# Parts AF and AG (round 11), collected at the start of the round at the same time, ONLY
# from web domains the corpus had never used (1,219 then), by collectors who ran no
# reading code: AF official sources (200 collected on 62 domains, mostly schools'
# .edu.vn sites, commune and district portals, mass organisations, police schools, a
# plant-protection report; about 30 provinces), AG news (80 on 24 domains: commodity,
# economy and farm news; the collector found few news domains left unused). Both took
# the same susta.vn page; the integrator removed AF's 5 sentences of it (a news page,
# AG's side) before the score: AF 195. Scored once untouched by the integrator with
# the round's first phase merged (feat/review11, feat/tune-num11, feat/tune-words11,
# feat/tune-ae, feat/compose11; main at 753066a): AF 86.7% (169/195), 19 of its 26
# wrong sentences warned; AG 88.8% (71/80), 5 of its 9 warned; together 87.3%
# (240/275), the lowest blind score since round 8. The BLIND floors keep those honest
# figures. Silent in AF: af104 ("lon nhôm/HS" "hoặc"), af122 ("các đ.c"), af145 (a
# bracketed acronym after its loose full name read again), af146 ("lớp 3,4" a
# decimal), af158 and af166 (a lunar date "3/3/Quý Mão"), af188 (the page's "0C" for
# °C); in AG: ag044 ("Bà Rịa – VT" read "văn thư"), ag061 and ag063 (GDP, GRDP
# expanded as the dictionary says where the readings spell the letters), ag067
# ("VietGAP" kept as written, where round 11's convention says "Việt gáp").
BLIND_AF_FLOOR = 86.6
BLIND_AG_FLOOR = 88.7
# Then the integrator wrote down two conventions the readings of AG's silent ag061,
# ag063 and ag067 went against (GDP, GRDP by full names or letters, as about 30 earlier
# readings do; VietGAP "Việt gáp" as decided for ad094) and gave them those
# also-readings: AG 92.5% (74/80); the blind figure stays 88.8%. Eight silent left.
# Then tuned on (feat/tune-afg, test_reading_part_afg.py, general causes and two sourced
# dictionary entries, "Td" and "ATM"; no reading of AF or AG changed): AF 94.9%
# (185/195), all 10 wrong sentences warned; AG 91.2% (73/80), 4 of its 7 warned. Every
# other part as before. Held by the TUNED floors (rounded down). Of the 11 silent ones,
# 8 fixed (a lunar date before a year's name, a spaced "0C", grades joined by commas, a
# province half by its initials, things per pupil, "(PCCC & CNCH)") or now listed
# ("đ.c"); left silent ag061, ag063 (GDP, GRDP) and ag067 (VietGAP), convention
# questions for the integrator. Silent in A-AG: the 9 of A-AE and those 3.
PART_AF_TUNED_FLOOR = 94.8
PART_AG_TUNED_FLOOR = 91.2
# With the integrator's also-readings for ag061, ag063, ag067: 95.0% (76/80).
PART_AG_WITH_CONVENTIONS_FLOOR = 95.0
# With both, no silent one is left in AF or AG.
SILENT_CEILING_WITH_AFG = SILENT_CEILING_WITH_AE
# Parts AH (official, 172 sentences, 54 pages on 54 domains, about 31 provinces: commune,
# district and province portals and departments, Party sites, schools, mass
# organisations, a water company) and AI (news, 82 sentences, 21 pages on 20 domains:
# farm produce, weather and disasters, culture; the collector found few news domains
# left), collected in round 11 while the reader was tuned on AF and AG, ONLY from web
# domains no part had used (parts A-AG), by collectors who ran no reading code; scored
# once untouched by the integrator with the round's second phase merged
# (feat/tune-afg, feat/tune-school12, feat/tune-market12, feat/review12; main at
# 20e2877): AH 94.2% (162/172), 7 of its 10 wrong sentences warned; AI 92.7% (76/82), 4
# of its 6 warned; together 93.7% (238/254). The BLIND floors keep those honest
# figures. Silent: ah113 and ah122 (words right, pauses differ), ah129 ("từ" said again
# after "tức" before the lunar span), ah170 (a decision's number with no symbol after
# "Thủ tướng"'s name), ai049 (EVFTA said by its full name where the reading spells it),
# ai071 (VOA left as letters, unlisted).
BLIND_AH_FLOOR = 94.1
BLIND_AI_FLOOR = 92.6
# (6 at the blind score; lowered below after the tuning.)
# Part AJ (134 sentences, 92 official and 42 news, 52 pages on 51 domains, about 30
# provinces; 139 collected, the collector removed the 5 of two sites it found listed
# after reading them), collected at the same time as AH and AI's scoring, ONLY from web
# domains no part had used (parts A-AI), by a collector who ran no reading code; scored
# once untouched with the same reader as AH and AI (main at 20e2877, no reading rule
# changed since): 89.6% (120/134), 12 of its 14 wrong sentences warned. AH, AI and AJ
# together, the round's second blind score: 92.3% (358/388). Silent: aj016 ("Đ.T.M.T"
# M said "mờ" where the reading says "em"), aj085 (a footnote mark "[1]" read "một").
BLIND_AJ_FLOOR = 89.5
# Then tuned on (feat/tune-ahij, test_reading_part_ahij.py, general causes only; no reading
# of AH, AI or AJ changed, no dictionary entry added): AH 95.3% (164/172), 7 of its 8
# wrong sentences warned; AI 93.9% (77/82), 4 of its 5 warned; AJ 91.0% (122/134), 11 of
# its 12 warned (warned ones now right: aj066, a month and year "tháng 1 - 2021" set apart
# by a spaced dash; ai078, "khoảng 42/63 tỉnh" said "trên", not "phần"). Every other
# part as before. Held by the TUNED floors (rounded down).
# Of the 8 silent ones, 4 fixed (ah129 a span restated after "tức" took "từ"; ah170 an
# issuer named in another ";" item of a list of documents dropped; aj085 a spaced
# footnote mark "[1]" read) or now listed (ai071, lone toneless capitals "VOA"); left
# silent ah113 (KTXH's pauses, which the AH readings give two ways), ai049 (EVFTA, a
# convention question) and aj016 (an initial M "em" where the corpus README's initials
# convention says "mờ"). ah122 was warned at the blind score already.
PART_AH_TUNED_FLOOR = 95.3
PART_AI_TUNED_FLOOR = 93.9
PART_AJ_TUNED_FLOOR = 91.0
SILENT_CEILING_WITH_AHI = SILENT_CEILING_WITH_AFG + 2
SILENT_CEILING_WITH_AHIJ = SILENT_CEILING_WITH_AHI + 1
# Part AK (132 sentences, about 112 official and 20 news, 53 pages on 53 domains, about
# 28 provinces: commune and ward portals, a culture department, procuracies, a labour
# federation, schools), collected while the reader was tuned on AH, AI and AJ, ONLY from
# web domains no part had used (parts A-AJ, papers under another ending counted as
# used), by a collector who ran no reading code; scored once untouched by the
# integrator with the round's third phase merged (feat/review13, feat/tune-letters13,
# feat/tune-ahij; main at 51375a0): 91.7% (121/132), 8 of its 11 wrong sentences
# warned. BLIND_AK_FLOOR keeps that honest figure. Silent: ak045 (pauses only), ak084
# ("mồng" left out by the reading before a lunar day ten after "nhằm ngày thứ hai,"),
# ak114 (an anniversary span with no brackets read "từ ngày … đến ngày …").
BLIND_AK_FLOOR = 91.6
# Then tuned on (feat/tune-ak, test_reading_part_ak.py, general causes only; no reading
# of AK changed; two sourced dictionary entries, VKS and KKHT): 97.7% (129/132), all 3 of
# its wrong sentences warned (ak057 "LH", ak105 "THQCT", "KSXX": no source found; ak072
# "hôm qua (21/7)" said without "ngày", which the corpus convention allows and its
# reading does not give). The three silent ones fixed (ak045 square brackets, ak084 a
# day before "tháng giêng", ak114 an anniversary span after a named day); every other
# part as before. Held by the TUNED floor (rounded down); the ceiling is A-AJ's again.
PART_AK_TUNED_FLOOR = 97.7
SILENT_CEILING_WITH_AK = SILENT_CEILING_WITH_AHIJ
# Parts AL and AM (round 12): collected at the start of the round, at the same time, ONLY
# from web domains no part had used (parts A-AK, papers under another ending and
# subdomains of listed papers counted as used), split by region so the two could not
# take the same site (AL: the north down to Huế and national bodies, 145 sentences, 46
# pages on 42 hosts, about 18 provinces; AM: Đà Nẵng/Quảng Nam to Cà Mau, 146 sentences,
# 45 pages on 42 hosts, 20 provinces; mostly official, some news), by collectors who ran
# no reading code; scored once untouched by the integrator with the reader as round 11
# left it (main at b24887c, no reading rule changed since 51375a0): AL 89.0% (129/145),
# 11 of its 16 wrong sentences warned; AM 93.2% (136/146), all 10 wrong warned. The
# BLIND floors keep those honest figures. Silent: al020, al047, al060, al113, al129.
BLIND_AL_FLOOR = 88.9
BLIND_AM_FLOOR = 93.1
# Then tuned on (feat/tune-alm, test_reading_part_alm.py, general causes and sourced
# dictionary entries; no reading of AL or AM changed): AL 95.2% (138/145), 6 of its 7
# wrong sentences warned; AM 95.2% (139/146), all 7 warned. Held by the TUNED floors
# (rounded down). Of the 5 silent ones, 4 fixed (al047 "Đ/c xóm trưởng" a comrade;
# al113 a phone number ending in "/"; al129 "Quí I", the older spelling) or now listed
# (al060 "277, 556 km", a decimal comma with a stray space or two numbers); left silent
# al020 (a masked plate's X said "ích" by its reading, "ích xì" by the reader and by
# a396 and s016's readings: a convention question).
PART_AL_TUNED_FLOOR = 95.1
PART_AM_TUNED_FLOOR = 95.2
SILENT_CEILING_WITH_ALM = SILENT_CEILING_WITH_AK + 1
# Parts AN and AO (round 12): collected while the reader was tuned on AK, AL and AM, at the
# same time, split by region as AL and AM (AN: the north down to Huế and national bodies,
# 134 sentences, 45 pages on 43 hosts, 22 provinces; AO: Đà Nẵng/Quảng Nam to Cà Mau, 139
# sentences, 43 pages on 40 hosts, 24 provinces; mostly official), ONLY from web domains
# no part had used (parts A-AM), by collectors who ran no reading code; scored once
# untouched by the integrator with the round's reading rules merged (feat/review14,
# feat/tune-ak, feat/twin12, feat/tune-alm and the letter D said "đê"; main at 0b71371):
# AN 93.3% (125/134), 7 of its 9 wrong sentences warned; AO 92.8% (129/139), 8 of 10.
# The BLIND floors keep those honest figures. Silent: an081, an119, ao092, ao124.
BLIND_AN_FLOOR = 93.2
BLIND_AO_FLOOR = 92.8
# Then tuned on (feat/tune-ano, test_reading_part_ano.py, general causes only; no reading
# of AN or AO changed, no dictionary entry added): AN 94.0% (126/134), all 8 wrong
# sentences warned; AO 92.8% (129/139), all 10 warned. The four silent ones are listed,
# as the text does not decide them (a Party symbol's type other than the word before it,
# initials before a capitalised name, "TV" before a name, "D2 - 575"); an064 fixed ("đạt
# 97,8% KH": the plan). Held by the TUNED floors (rounded down).
PART_AN_TUNED_FLOOR = 94.0
PART_AO_TUNED_FLOOR = 92.8
SILENT_CEILING_WITH_ANO = SILENT_CEILING_WITH_ALM
# Parts AP and AQ (round 12, the last two): collected at the very end of the round, split
# by region as before (AP: the north, 96 sentences, 37 pages on 34 hosts, 18 provinces;
# AQ: the south, 96 sentences, 32 pages on 29 hosts, 18 provinces), ONLY from web domains
# no part had used (parts A-AO), by collectors who ran no reading code; scored once
# untouched by the integrator with every reading rule of round 12 merged (tune-ano and
# review15 too; reader as at c669884): AP 97.9% (94/96), 1 of its 2 wrong
# sentences warned; AQ 89.6% (86/96), 8 of 10. The BLIND floors keep those honest
# figures. Silent: ap019 ("PGS" the organic-farming scheme, read "Phó Giáo sư"), aq072,
# aq094 (pauses only).
BLIND_AP_FLOOR = 97.9
BLIND_AQ_FLOOR = 89.5
# Then tuned on (feat/tune-apq, round 13, test_reading_part_apq.py, general causes and two
# sourced dictionary entries, ÂL and LĐVP; no reading of AP or AQ changed): AP 99.0%
# (95/96), its one wrong sentence warned; AQ 96.9% (93/96), 2 of 3 warned. ap019 ("PGS"
# before a place's name is no title: left and listed) and aq072 (a mark "từ 6.5 trở
# lên" is "phẩy") fixed or listed; aq094 stays silent: its readings give "lần thứ tư năm
# …" or "lần thứ tư - …" but not the pause and "năm" together, which every other edition
# year's reading accepts (d070, e028, m008, s199, s209, x017, ab147). Held by the TUNED
# floors (rounded down).
PART_AP_TUNED_FLOOR = 98.9
PART_AQ_TUNED_FLOOR = 96.8
SILENT_CEILING_WITH_APQ = SILENT_CEILING_WITH_ANO + 1
# Parts AR and AS (round 13, the first two): collected at the start of the round, split
# by region (AR: the north and national bodies, 101 sentences, 31 pages on 31 domains, 17
# provinces; AS: the south, 114 sentences, 30 pages on 30 domains, about 20 provinces),
# ONLY from web domains no part had used (parts A-AQ), by collectors who ran no reading
# code; scored once untouched by the integrator with round 13's first phase merged
# (feat/tune-apq, feat/dict13, feat/review16, feat/spell13, feat/twin13; 4e5c5d0): AR
# 95.0% (96/101), 4 of its 5 wrong sentences warned; AS 91.2% (104/114), 5 of 10. The
# BLIND floors keep those honest figures. Silent: ar076 ("ngày 10/05" said "mồng mười" as
# the corpus README's convention says; the reading has "ngày mười" only), as007-as009
# ("Trạm TV." of a water-level bulletin read "tivi", where it is "thủy văn"), as108,
# as112 (pauses only).
BLIND_AR_FLOOR = 95.0
BLIND_AS_FLOOR = 91.2
# Then tuned on (feat/tune-aras, round 13, test_reading_part_aras.py, general causes and
# sourced dictionary entries Tx., "TT Huế", TTĐU, "PBT TTĐU"; no reading of AR or AS
# changed): AR 97.0% (98/101), 2 of 3 wrong warned; AS 96.5% (110/114), 2 of 4.
# as007-as009 fixed ("Trạm TV." in a water-level line is "Trạm thủy văn"); left silent:
# ar076 (the reading breaks the "mồng mười" convention), as108 (the comma of "phòng,
# chống" the dictionary's PCTT-TKCN writes, where 24 readings write none and 20 one),
# as112 ("Kinh tế-Ngân sách" without spaces is one word to the scorer; the reading
# writes a spaced dash). Held by the TUNED floors (rounded down).
PART_AR_TUNED_FLOOR = 97.0
PART_AS_TUNED_FLOOR = 96.4
SILENT_CEILING_WITH_ARS = SILENT_CEILING_WITH_APQ + 3
# Parts AT and AU (round 13, the last two): collected while round 13's first phase was
# merged, split by region (AT: the north, 107 sentences, 37 pages on 37 domains, 24
# provinces, about 45 official and 62 news; AU: the south, 101 sentences after the
# integrator removed au045 and au046 before any score (their host is a subdomain of a
# used one), 30 pages on 28 hosts, 15 provinces, mostly official), ONLY from web domains
# no part had used (parts A-AS), by collectors who ran no reading code; scored once
# untouched by the integrator with every reading rule of round 13 merged (tune-aras and
# review17 too; reader as at 9f6ce38): AT 93.5% (100/107), 3 of its 7 wrong sentences
# warned; AU 97.0% (98/101), 2 of 3. The BLIND floors keep those honest figures. Silent:
# at021 ("120-160km3": a range said with a pause, "km3" as "ki-lô-mét ba"), at028 ("T.P
# Thái Nguyên" spelled), at032 (a range of two amounts with units, "– " said as a pause),
# at107 ("13//13 thôn"), au011 ("PCMT&TP": TP said "thành phố", where it is "tội phạm").
BLIND_AT_FLOOR = 93.4
BLIND_AU_FLOOR = 97.0
# Then tuned on (feat/tune-atu, round 13, test_reading_part_atu.py, general causes; no
# reading of AT or AU changed, no dictionary entry added): AT 96.2% (103/107), all 4
# wrong sentences warned; AU 97.0% (98/101), all 3 warned. at021 ("km3" a unit, so the
# range says "đến"), at028 ("T.P" before a place), at032 (a dash between scaled amounts
# with units) fixed; at107 ("13//13", listed as a typing slip) and au011 ("&TP": the
# compound left and listed) now warned. Held by the TUNED floors (rounded down).
PART_AT_TUNED_FLOOR = 96.2
PART_AU_TUNED_FLOOR = 97.0
SILENT_CEILING_WITH_ATU = SILENT_CEILING_WITH_ARS
# Parts AV and AW (round 13, the last two): collected at the end of the round, split by
# region (AV: the north, 86 sentences, 18 pages on 18 domains, 15 provinces, about 73
# official; AW: the south, 38 sentences, 10 pages on 8 domains, 7 provinces: both
# collectors stopped short when the session's search budget ran out), ONLY from web
# domains no part had used (parts A-AU), by collectors who ran no reading code; scored
# once untouched by the integrator with every reading rule of round 13 merged (tune-atu
# too; reader as at c140af3): AV 97.7% (84/86), 1 of its 2 wrong sentences warned; AW
# 92.1% (35/38), none of its 3 warned. The BLIND floors keep those honest figures.
# Silent: av081 ("I. MỤC ĐÍCH" said "Phần một.", where the reading has "Một."), aw014
# (the page's "DTTS thiểu số" said as written, where the reading drops the repeated
# "thiểu số"), aw026, aw027 (a fertiliser grade "16-16-8-13s" said as a range and a minus
# sign).
BLIND_AV_FLOOR = 97.6
BLIND_AW_FLOOR = 92.1
# Then (feat/tune-avw, test_reading_part_avw.py): a dashed run of three or more numbers
# with a letter glued after the last ("16-16-8-13s") is said as a list with pauses and
# every such run is listed; aw026 and aw027 now warned (still wrong: "s" where the
# reading says "ét"). Scores unchanged.
SILENT_CEILING_WITH_AVW = SILENT_CEILING_WITH_ATU + 2


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "reading_corpus", ROOT / "scripts" / "reading_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["reading_corpus"] = module
    spec.loader.exec_module(module)
    return module


SCORER = _scorer()


def _score(files: list[Path]) -> tuple[float, float, dict[str, tuple[int, int]]]:
    entries, problems = SCORER.load(files)
    assert problems == []
    results = [SCORER.score(e) for e in entries]
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        for kind in dict.fromkeys(r.entry.kinds):
            by_kind[kind].append(r.right)
    wrong = [r for r in results if not r.right]
    right = 100 * (len(results) - len(wrong)) / len(results)
    warned = 100 * sum(bool(r.warnings) for r in wrong) / len(wrong) if wrong else 100.0
    table = {k: (sum(v), len(v)) for k, v in by_kind.items()}
    return right, warned, table


def _print(title: str, right: float, warned: float, table: dict[str, tuple[int, int]]) -> None:
    print(f"\n{title}: {right:.1f}% fully right; wrong sentences with a warning {warned:.1f}%")
    for kind, (ok, n) in sorted(table.items(), key=lambda kv: -kv[1][1]):
        print(f"  {kind:<13} {ok:>4}/{n:<4} {100 * ok / n:5.1f}%")


def test_tuned_parts_score_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-a.yml", CORPUS / "part-b.yml"])
    _print("corpus A+B (tuned)", right, warned, table)
    assert right >= TUNED_FLOOR
    assert warned >= TUNED_WARNED_FLOOR


def test_few_wrong_sentences_go_unwarned_in_any_part() -> None:
    # Parts A-AW by name: a later part may be a blind hold-out no one may score.
    names = [*"abcdefghijklmnopqrstuvwxyz"]
    names += ["aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am"]
    names += ["an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw"]
    entries, problems = SCORER.load([CORPUS / f"part-{name}.yml" for name in names])
    assert problems == []
    silent = [e.id for e in entries if not (r := SCORER.score(e)).right and not r.warnings]
    print(f"\nwrong sentences with no warning, parts A-AW: {silent}")

    def part(sentence_id: str) -> str:
        return sentence_id.rstrip("0123456789")

    assert len(silent) <= SILENT_CEILING_WITH_AVW, silent
    a_to_au = [i for i in silent if part(i) not in ("av", "aw")]
    assert len(a_to_au) <= SILENT_CEILING_WITH_ATU, silent
    a_to_as = [i for i in a_to_au if part(i) not in ("at", "au")]
    assert len(a_to_as) <= SILENT_CEILING_WITH_ARS, silent
    a_to_aq = [i for i in a_to_as if part(i) not in ("ar", "as")]
    assert len(a_to_aq) <= SILENT_CEILING_WITH_APQ, silent
    a_to_ao = [i for i in a_to_aq if part(i) not in ("ap", "aq")]
    assert len(a_to_ao) <= SILENT_CEILING_WITH_ANO, silent
    a_to_am = [i for i in a_to_ao if part(i) not in ("an", "ao")]
    assert len(a_to_am) <= SILENT_CEILING_WITH_ALM, silent
    a_to_ak = [i for i in a_to_am if part(i) not in ("al", "am")]
    assert len(a_to_ak) <= SILENT_CEILING_WITH_AK, silent
    a_to_aj = [i for i in a_to_ak if part(i) != "ak"]
    assert len(a_to_aj) <= SILENT_CEILING_WITH_AHIJ, silent
    assert len([i for i in a_to_aj if part(i) != "aj"]) <= SILENT_CEILING_WITH_AHI, silent
    a_to_ag = [i for i in a_to_aj if part(i) not in ("ah", "ai")]
    assert len(a_to_ag) <= SILENT_CEILING_WITH_AFG, silent
    # Parts A-AE alone keep their own ceilings.
    a_to_ae = [i for i in a_to_ag if part(i) not in ("af", "ag")]
    assert len(a_to_ae) <= SILENT_CEILING_WITH_AE, silent
    assert len([i for i in a_to_ae if part(i) != "ae"]) <= SILENT_CEILING_WITH_AD, silent
    assert len([i for i in a_to_ae if part(i) not in ("ad", "ae")]) <= SILENT_CEILING_WITH_AC
    # Parts A-AB alone keep their own ceilings.
    a_to_ab = [i for i in a_to_ae if part(i) not in ("ac", "ad", "ae")]
    assert len(a_to_ab) <= SILENT_CEILING_WITH_AAB, silent
    assert len(a_to_ab) <= SILENT_CEILING_WITH_AAB_TUNED, silent
    # Parts A-Z alone keep their own ceiling.
    assert len([i for i in silent if part(i) in names[:26]]) <= SILENT_CEILING_WITH_Z
    # Parts A-Y alone keep their own ceiling.
    assert len([i for i in silent if part(i) in names[:25]]) <= SILENT_CEILING_WITH_XY, silent
    # Parts A-W alone keep their own ceiling.
    assert len([i for i in silent if part(i) in names[:23]]) <= SILENT_CEILING_WITH_VW, silent
    assert SILENT_CEILING_WITH_T <= SILENT_CEILING_WITH_S
    assert SILENT_CEILING_WITH_U <= SILENT_CEILING_WITH_VW <= SILENT_CEILING_WITH_XY
    assert SILENT_CEILING_WITH_XY <= SILENT_CEILING_WITH_Z <= SILENT_CEILING_WITH_AAB_TUNED
    assert SILENT_CEILING_WITH_AAB_TUNED <= SILENT_CEILING_WITH_AAB
    assert SILENT_CEILING_WITH_AAB_TUNED <= SILENT_CEILING_WITH_AC <= SILENT_CEILING_WITH_AD
    assert SILENT_CEILING_WITH_AD <= SILENT_CEILING_WITH_AE <= SILENT_CEILING_WITH_AFG
    assert SILENT_CEILING_WITH_AFG <= SILENT_CEILING_WITH_AHI <= SILENT_CEILING_WITH_AHIJ
    assert SILENT_CEILING_WITH_AHIJ <= SILENT_CEILING_WITH_AK <= SILENT_CEILING_WITH_ALM
    assert SILENT_CEILING_WITH_ALM <= SILENT_CEILING_WITH_ANO <= SILENT_CEILING_WITH_APQ
    assert SILENT_CEILING_WITH_APQ <= SILENT_CEILING_WITH_ARS <= SILENT_CEILING_WITH_ATU
    assert SILENT_CEILING_WITH_ATU <= SILENT_CEILING_WITH_AVW


def test_hold_out_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-c.yml"])
    _print("corpus C (hold-out)", right, warned, table)
    assert right >= HOLD_OUT_FLOOR


def test_second_hold_out_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-d.yml"])
    _print("corpus D (second hold-out)", right, warned, table)
    assert right >= SECOND_HOLD_OUT_FLOOR


def test_third_hold_out_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-e.yml"])
    _print("corpus E (third hold-out, tuned on in round 3)", right, warned, table)
    assert right >= THIRD_HOLD_OUT_FLOOR


def test_fourth_hold_out_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-f.yml"])
    _print("corpus F (fourth hold-out, tuned on after its first score)", right, warned, table)
    assert right >= FOURTH_HOLD_OUT_FLOOR


def test_fifth_hold_out_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-g.yml"])
    _print("corpus G (fifth hold-out, tuned on after its first score)", right, warned, table)
    assert right >= FIFTH_HOLD_OUT_FLOOR


def test_sixth_hold_out_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-h.yml"])
    _print("corpus H (collected blind, tuned on after its first score)", right, warned, table)
    assert right >= SIXTH_HOLD_OUT_FLOOR


def test_part_j_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-j.yml"])
    _print("corpus J (hold-out, tuned on after its first score)", right, warned, table)
    assert right >= PART_J_FLOOR


def test_part_k_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-k.yml"])
    _print("corpus K (hold-out, tuned on after its first score)", right, warned, table)
    assert right >= PART_K_FLOOR


def test_part_l_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-l.yml"])
    _print("corpus L (hold-out, tuned on after its first score)", right, warned, table)
    assert right >= PART_L_FLOOR


def test_part_m_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-m.yml"])
    _print("corpus M (hold-out, tuned on after its first score)", right, warned, table)
    assert right >= PART_M_FLOOR


def test_part_n_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-n.yml"])
    _print("corpus N (hold-out, tuned on after its first score)", right, warned, table)
    assert right >= PART_N_FLOOR


def test_part_o_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-o.yml"])
    _print("corpus O (blind hold-out, tuned on after its one blind score)", right, warned, table)
    assert right >= BLIND_O_FLOOR
    assert right >= PART_O_TUNED_FLOOR


def test_part_p_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-p.yml"])
    _print("corpus P (blind hold-out, tuned on after its one blind score)", right, warned, table)
    assert right >= BLIND_P_FLOOR
    assert right >= PART_P_TUNED_FLOOR


def test_part_q_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-q.yml"])
    _print("corpus Q (blind hold-out, tuned on after its one blind score)", right, warned, table)
    assert right >= BLIND_Q_FLOOR
    assert right >= PART_Q_TUNED_FLOOR


def test_part_r_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-r.yml"])
    _print("corpus R (blind hold-out, tuned on after its one blind score)", right, warned, table)
    assert right >= BLIND_R_FLOOR
    assert right >= PART_R_TUNED_FLOOR


def test_part_s_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-s.yml"])
    _print("corpus S (blind hold-out, tuned on after its one blind score)", right, warned, table)
    assert right >= BLIND_S_FLOOR
    assert right >= PART_S_TUNED_FLOOR


def test_part_t_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-t.yml"])
    _print("corpus T (blind hold-out, tuned on after its one blind score)", right, warned, table)
    assert right >= BLIND_T_FLOOR
    assert right >= PART_T_TUNED_FLOOR


def test_part_u_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-u.yml"])
    _print("corpus U (blind hold-out, tuned on after its one blind score)", right, warned, table)
    assert right >= BLIND_U_FLOOR
    assert right >= PART_U_TUNED_FLOOR


def test_part_v_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-v.yml"])
    _print(
        "corpus V (blind hold-out of round 8, tuned on after its one blind score)",
        right,
        warned,
        table,
    )
    assert right >= BLIND_V_FLOOR
    assert right >= PART_V_TUNED_FLOOR


def test_part_w_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-w.yml"])
    _print(
        "corpus W (blind hold-out of round 8, tuned on after its one blind score)",
        right,
        warned,
        table,
    )
    assert right >= BLIND_W_FLOOR
    assert right >= PART_W_TUNED_FLOOR


def test_part_x_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-x.yml"])
    _print(
        "corpus X (blind hold-out of round 9, tuned on after its one blind score)",
        right,
        warned,
        table,
    )
    assert right >= BLIND_X_FLOOR
    assert right >= PART_X_TUNED_FLOOR


def test_part_y_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-y.yml"])
    _print(
        "corpus Y (blind hold-out of round 9, tuned on after its one blind score)",
        right,
        warned,
        table,
    )
    assert right >= BLIND_Y_FLOOR
    assert right >= PART_Y_TUNED_FLOOR


def test_part_z_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-z.yml"])
    _print("corpus Z (blind hold-out of round 9)", right, warned, table)
    assert right >= BLIND_Z_FLOOR
    assert right >= PART_Z_TUNED_FLOOR


def test_part_aa_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-aa.yml"])
    _print(
        "corpus AA (blind hold-out of round 10, official sources, then tuned on)",
        right,
        warned,
        table,
    )
    assert right >= BLIND_AA_FLOOR
    assert right >= PART_AA_TUNED_FLOOR


def test_part_ab_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-ab.yml"])
    _print("corpus AB (blind hold-out of round 10, news, then tuned on)", right, warned, table)
    assert right >= BLIND_AB_FLOOR
    assert right >= PART_AB_TUNED_FLOOR


def test_part_ac_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-ac.yml"])
    _print(
        "corpus AC (blind hold-out of round 10, after tuning on AA and AB, then tuned on)",
        right,
        warned,
        table,
    )
    assert right >= BLIND_AC_FLOOR
    assert right >= PART_AC_TUNED_FLOOR


def test_part_ad_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-ad.yml"])
    _print("corpus AD (blind hold-out of round 10, its fourth part)", right, warned, table)
    assert right >= BLIND_AD_FLOOR
    assert right >= PART_AD_TUNED_FLOOR


def test_part_ae_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-ae.yml"])
    _print(
        "corpus AE (blind hold-out of round 10, its fifth part, then tuned on)",
        right,
        warned,
        table,
    )
    assert right >= BLIND_AE_FLOOR
    assert right >= PART_AE_TUNED_FLOOR


def test_part_af_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-af.yml"])
    _print("corpus AF (blind hold-out of round 11, official sources)", right, warned, table)
    assert right >= BLIND_AF_FLOOR
    assert right >= PART_AF_TUNED_FLOOR


def test_part_ag_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-ag.yml"])
    _print("corpus AG (blind hold-out of round 11, news)", right, warned, table)
    assert right >= BLIND_AG_FLOOR
    assert right >= PART_AG_TUNED_FLOOR
    assert right >= PART_AG_WITH_CONVENTIONS_FLOOR


def test_part_ah_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-ah.yml"])
    _print("corpus AH (blind hold-out of round 11, official sources)", right, warned, table)
    assert right >= BLIND_AH_FLOOR
    assert right >= PART_AH_TUNED_FLOOR


def test_part_ai_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-ai.yml"])
    _print("corpus AI (blind hold-out of round 11, news)", right, warned, table)
    assert right >= BLIND_AI_FLOOR
    assert right >= PART_AI_TUNED_FLOOR


def test_part_aj_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-aj.yml"])
    _print("corpus AJ (blind hold-out of round 11, official and news)", right, warned, table)
    assert right >= BLIND_AJ_FLOOR
    assert right >= PART_AJ_TUNED_FLOOR


def test_part_ak_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-ak.yml"])
    _print("corpus AK (blind hold-out of round 11, its sixth part)", right, warned, table)
    assert right >= BLIND_AK_FLOOR
    assert right >= PART_AK_TUNED_FLOOR


def test_part_al_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-al.yml"])
    _print("corpus AL (blind hold-out of round 12, the north)", right, warned, table)
    assert right >= BLIND_AL_FLOOR
    assert right >= PART_AL_TUNED_FLOOR


def test_part_am_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-am.yml"])
    _print("corpus AM (blind hold-out of round 12, the south)", right, warned, table)
    assert right >= BLIND_AM_FLOOR
    assert right >= PART_AM_TUNED_FLOOR


def test_part_an_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-an.yml"])
    _print("corpus AN (blind hold-out of round 12, the north)", right, warned, table)
    assert right >= BLIND_AN_FLOOR
    assert right >= PART_AN_TUNED_FLOOR
    assert warned == 100.0


def test_part_ao_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-ao.yml"])
    _print("corpus AO (blind hold-out of round 12, the south)", right, warned, table)
    assert right >= BLIND_AO_FLOOR
    assert right >= PART_AO_TUNED_FLOOR
    assert warned == 100.0


def test_part_ap_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-ap.yml"])
    _print("corpus AP (blind hold-out of round 12, the north)", right, warned, table)
    assert right >= BLIND_AP_FLOOR
    assert right >= PART_AP_TUNED_FLOOR
    assert warned == 100.0


def test_part_aq_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-aq.yml"])
    _print("corpus AQ (blind hold-out of round 12, the south)", right, warned, table)
    assert right >= BLIND_AQ_FLOOR
    assert right >= PART_AQ_TUNED_FLOOR


def test_part_ar_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-ar.yml"])
    _print("corpus AR (blind hold-out of round 13, the north)", right, warned, table)
    assert right >= BLIND_AR_FLOOR
    assert right >= PART_AR_TUNED_FLOOR


def test_part_as_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-as.yml"])
    _print("corpus AS (blind hold-out of round 13, the south)", right, warned, table)
    assert right >= BLIND_AS_FLOOR
    assert right >= PART_AS_TUNED_FLOOR


def test_part_at_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-at.yml"])
    _print("corpus AT (blind hold-out of round 13, the north)", right, warned, table)
    assert right >= BLIND_AT_FLOOR
    assert right >= PART_AT_TUNED_FLOOR
    assert warned == 100.0


def test_part_au_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-au.yml"])
    _print("corpus AU (blind hold-out of round 13, the south)", right, warned, table)
    assert right >= BLIND_AU_FLOOR
    assert right >= PART_AU_TUNED_FLOOR
    assert warned == 100.0


def test_part_av_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-av.yml"])
    _print("corpus AV (blind hold-out of round 13, the north)", right, warned, table)
    assert right >= BLIND_AV_FLOOR


def test_part_aw_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-aw.yml"])
    _print("corpus AW (blind hold-out of round 13, the south)", right, warned, table)
    assert right >= BLIND_AW_FLOOR


def test_blind_part_i_scores_at_least_the_floor() -> None:
    right, warned, table = _score([CORPUS / "part-i.yml"])
    _print("corpus I (blind hold-out, tuned on after its one blind score)", right, warned, table)
    assert right >= BLIND_I_FLOOR
    assert right >= PART_I_TUNED_FLOOR


PART_SIZES = {
    "part-a.yml": 100,
    "part-b.yml": 100,
    "part-c.yml": 100,
    "part-d.yml": 150,
    "part-e.yml": 50,
    "part-f.yml": 120,
    "part-g.yml": 100,
    "part-h.yml": 150,
    "part-i.yml": 175,
    "part-j.yml": 180,
    "part-k.yml": 100,
    "part-l.yml": 110,
    "part-m.yml": 80,
    "part-n.yml": 80,
    "part-o.yml": 180,
    "part-p.yml": 220,
    "part-q.yml": 150,
    "part-r.yml": 180,
    "part-s.yml": 200,
    "part-t.yml": 210,
    "part-u.yml": 255,
    "part-v.yml": 220,
    "part-w.yml": 220,
    "part-x.yml": 221,
    "part-y.yml": 213,
    "part-z.yml": 218,
    "part-aa.yml": 221,
    "part-ab.yml": 204,
    "part-ac.yml": 212,
    "part-ad.yml": 156,
    "part-ae.yml": 143,
    "part-af.yml": 195,
    "part-ag.yml": 80,
    "part-ah.yml": 172,
    "part-ai.yml": 82,
    "part-aj.yml": 134,
    "part-ak.yml": 132,
    "part-al.yml": 145,
    "part-am.yml": 146,
    "part-an.yml": 134,
    "part-ao.yml": 139,
    "part-ap.yml": 96,
    "part-aq.yml": 96,
    "part-ar.yml": 101,
    "part-as.yml": 114,
    "part-at.yml": 107,
    "part-au.yml": 101,
    "part-av.yml": 86,
    "part-aw.yml": 38,
}


@pytest.mark.parametrize(("part", "size"), PART_SIZES.items())
def test_readings_are_words_only(part: str, size: int) -> None:
    """A reading has no digit: it is what is said, never a copy of the text."""
    entries, problems = SCORER.load([CORPUS / part])
    assert problems == []
    assert len(entries) >= size
    # A text with a digit is never said as written; one without may be (ak104: a
    # defendant's initial "T" kept as the letter, the only thing not plain in it).
    assert all(
        e.reading != e.text
        for e in entries
        if "plain" not in e.kinds and any(c.isdigit() for c in e.text)
    )


def test_scorer_folds_the_documented_regional_pairs_only() -> None:
    """nghìn/ngàn, mồng/mùng, trăm linh/lẻ, mươi tư/bốn are equal; nothing else is."""
    tokens = SCORER.tokens
    assert tokens("hai ngàn không trăm lẻ năm") == tokens("hai nghìn không trăm linh năm")
    assert tokens("mùng ba, hai mươi bốn") == tokens("mồng ba, hai mươi tư")
    # only after the word that makes them a pair
    assert tokens("số lẻ") != tokens("số linh")
    assert tokens("bốn người") != tokens("tư người")
    assert tokens("mười bốn") != tokens("mười tư")


def test_scorer_lets_a_bare_letter_of_a_reading_be_said_by_any_of_its_names() -> None:
    """A reading that leaves a letter ("51R", "chữ S") leaves its name to the
    announcer; where the letter has several one-syllable names, each is right."""
    same, tokens = SCORER.same, SCORER.tokens
    assert same(tokens("năm mươi mốt rờ, một bốn chín"), tokens("năm mươi mốt R, một bốn chín"))
    assert same(tokens("chữ sờ"), tokens("chữ S")) and same(tokens("chữ ét"), tokens("chữ S"))
    assert same(tokens("ba mươi lăm en"), tokens("ba mươi lăm N"))
    # only a name of that letter, and only one way: a letter the normalizer
    # leaves is not the name a reading chose
    assert not same(tokens("chữ lờ"), tokens("chữ S"))
    assert not same(tokens("chữ S"), tokens("chữ sờ"))
    # a whole word is never folded
    assert not same(tokens("rờ"), tokens("rơ"))
