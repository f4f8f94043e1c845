# Lancers 認定ランサー (Certified Lancer), as Nintei has measured it from its first version: the default of every
# logbook. Copy this file into the profiles folder beside your logbook, change its id, and edit it to make your own.
id = lancers
name.en = Lancers Certified Lancer — rules until January 2022
name.ja = Lancers 認定ランサー (2022年1月までの基準)
about.en = Lancers' five requirements before February 2022: replies within 24 hours, completion, earnings in the top 20 % of your category, a 4.8 star rating, and identity, phone and NDA checks. The platform may change its rules at any time.
about.ja = 2022年2月より前の Lancers の5条件: 24時間以内の返信、完了率、カテゴリ上位20%の報酬、評価4.8以上、本人確認・電話・機密保持。ルールはプラットフォームが変更することがあります。
review = monthly
sources.en = Lancers help: 認定ランサーの条件 (the rules before February 2022). Nintei's copy was checked on 2026-11-29; Lancers may have changed them since — its own page decides.
sources.ja = Lancers ヘルプ「認定ランサーの条件」(2022年2月より前の基準)。Nintei の内容は 2026-11-29 に確認したものです。その後 Lancers が変更していることがあります。最終的には Lancers のページが基準です。

rule = reply_rate
metric = reply_rate
comparator = >=
threshold = 0.80
window = 365 days
minimum = 5
on_time_within = PT24H
valid_from = 2015-01-01
source.en = Lancers help, 認定ランサーの条件: replies within 24 hours, 80 % or more
source.ja = Lancers ヘルプ 認定ランサーの条件 — 24時間以内の返信率 80% 以上
checked = 2026-11-29

rule = completion_rate
metric = completion_rate
threshold = 0.90
window = 365 days
minimum = 1
valid_from = 2015-01-01
source.en = Lancers help, 認定ランサーの条件: completion rate 90 % or more
source.ja = Lancers ヘルプ 認定ランサーの条件 — 完了率 90% 以上
checked = 2026-11-29

rule = earnings
metric = earnings
window = 365 days
valid_from = 2015-01-01
source.en = Lancers help, 認定ランサーの条件: earnings in the top 20 % of your category (the line is not published: you enter your estimate)
source.ja = Lancers ヘルプ 認定ランサーの条件 — カテゴリ内の報酬上位 20% (その線は公表されていないため、自分の目安を入力します)
checked = 2026-11-29

rule = rating
metric = average_rating
threshold = 4.8
window = 365 days
minimum = 1
valid_from = 2015-01-01
source.en = Lancers help, 認定ランサーの条件: a rating of 4.8 or more (5-star scale, before February 2022)
source.ja = Lancers ヘルプ 認定ランサーの条件 — 評価 4.8 以上
checked = 2026-11-29

rule = verification
metric = checks_done
threshold = 3
checks = identity, phone, nda
valid_from = 2015-01-01
source.en = Lancers help, 認定ランサーの条件: identity, phone and NDA checks done
source.ja = Lancers ヘルプ 認定ランサーの条件 — 本人確認・電話確認・機密保持確認
checked = 2026-11-29
