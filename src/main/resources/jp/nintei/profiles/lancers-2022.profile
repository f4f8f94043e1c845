# Lancers 認定ランサー since February 2022: the 5-star rating became the share of 満足 (satisfied) reviews.
id = lancers-2022
name.en = Lancers Certified Lancer, since Feb 2022
name.ja = Lancers 認定ランサー (2022年2月以降)
about.en = Lancers today: as before, except that the rating is the share of 満足 reviews (≥ 95 %) instead of a star average. Reviews kept as stars count as Lancers converted them (3–5 ★ as 満足). The platform may change its rules at any time.
about.ja = 現在の Lancers: 評価が星の平均ではなく「満足」の割合 (95%以上) になった以外は同じです。星の評価は Lancers の換算どおり 3〜5★を満足として数えます。ルールはプラットフォームが変更することがあります。
review = monthly
sources = Lancers' announcement of the new review scale (February 2022) and help: 認定ランサーの条件, as given to Nintei's developers (issue 10); not re-checked against the live site. Checked 2026-11-29.

rule = reply_rate
metric = reply_rate
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
source = Lancers help: 認定ランサーの条件 — カテゴリ内の報酬上位 20% (you enter your estimate)
checked = 2026-11-29

rule = satisfaction
metric = satisfaction_share
threshold = 0.95
window = 365 days
minimum = 1
valid_from = 2022-02-01
source = Lancers, February 2022: 評価は「満足」「残念」の2段階に; 認定ランサーは満足の割合 95% 以上
checked = 2026-11-29

rule = verification
metric = checks_done
threshold = 3
checks = identity, phone, nda
valid_from = 2015-01-01
source = Lancers help: 認定ランサーの条件 — 本人確認・電話確認・機密保持確認
checked = 2026-11-29
