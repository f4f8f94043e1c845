# Lancers 認定ランサー (Certified Lancer), as Nintei has measured it from its first version: the default of every
# logbook. Copy this file into the profiles folder beside your logbook, change its id, and edit it to make your own.
id = lancers
name.en = Lancers Certified Lancer (認定ランサー)
name.ja = Lancers 認定ランサー
about.en = Lancers' five requirements before February 2022: replies within 24 hours, completion, earnings in the top 20 % of your category, a 4.8 star rating, and identity, phone and NDA checks. The platform may change its rules at any time.
about.ja = 2022年2月より前の Lancers の5条件: 24時間以内の返信、完了率、カテゴリ上位20%の報酬、評価4.8以上、本人確認・電話・機密保持。ルールはプラットフォームが変更することがあります。
review = monthly
sources = Lancers help: 認定ランサーの条件 (as given to Nintei's developers with the first version; not re-checked against the live site). Checked 2026-11-29.

rule = reply_rate
metric = reply_rate
comparator = >=
threshold = 0.80
window = 365 days
minimum = 5
on_time_within = PT24H
valid_from = 2015-01-01
source = Lancers help: 認定ランサーの条件 — 24時間以内の返信率 80% 以上
checked = 2026-11-29

rule = completion_rate
metric = completion_rate
threshold = 0.90
window = 365 days
minimum = 1
valid_from = 2015-01-01
source = Lancers help: 認定ランサーの条件 — 完了率 90% 以上
checked = 2026-11-29

rule = earnings
metric = earnings
window = 365 days
valid_from = 2015-01-01
source = Lancers help: 認定ランサーの条件 — カテゴリ内の報酬上位 20% (the line is not published: you enter your estimate)
checked = 2026-11-29

rule = rating
metric = average_rating
threshold = 4.8
window = 365 days
minimum = 1
valid_from = 2015-01-01
source = Lancers help: 認定ランサーの条件 — 評価 4.8 以上 (5-star scale, before February 2022)
checked = 2026-11-29

rule = verification
metric = checks_done
threshold = 3
checks = identity, phone, nda
valid_from = 2015-01-01
source = Lancers help: 認定ランサーの条件 — 本人確認・電話確認・機密保持確認
checked = 2026-11-29
