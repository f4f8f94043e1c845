# Lancers 認定ランサー since February 2022: the 5-star rating became the share of 満足 (satisfied) reviews.
id = lancers-2022
name.en = Lancers Certified Lancer — current rules (since February 2022)
name.ja = Lancers 認定ランサー (2022年2月からの現行基準)
about.en = Lancers today: as before, except that the rating is the share of 満足 reviews (≥ 95 %) instead of a star average. Reviews kept as stars count as Lancers converted them (3–5 ★ as 満足). The platform may change its rules at any time.
about.ja = 現在の Lancers: 評価が星の平均ではなく「満足」の割合 (95%以上) になった以外は同じです。星の評価は Lancers の換算どおり 3〜5★を満足として数えます。ルールはプラットフォームが変更することがあります。
review = monthly
sources.en = Lancers' announcement of the two-level review scale (February 2022) and its help: 認定ランサーの条件. Nintei's copy was checked on 2026-11-29; Lancers may have changed them since — its own page decides.
sources.ja = Lancers の2段階評価への変更のお知らせ (2022年2月) とヘルプ「認定ランサーの条件」。Nintei の内容は 2026-11-29 に確認したものです。その後 Lancers が変更していることがあります。最終的には Lancers のページが基準です。

rule = reply_rate
metric = reply_rate
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

rule = satisfaction
metric = satisfaction_share
threshold = 0.95
window = 365 days
minimum = 1
valid_from = 2022-02-01
source.en = Lancers, February 2022: reviews became 満足 (satisfied) or 残念 (unsatisfied); a Certified Lancer needs 95 % or more satisfied
source.ja = Lancers 2022年2月: 評価は「満足」「残念」の2段階に; 認定ランサーは満足の割合 95% 以上
checked = 2026-11-29

rule = verification
metric = checks_done
threshold = 3
checks = identity, phone, nda
valid_from = 2015-01-01
source.en = Lancers help, 認定ランサーの条件: identity, phone and NDA checks done
source.ja = Lancers ヘルプ 認定ランサーの条件 — 本人確認・電話確認・機密保持確認
checked = 2026-11-29
