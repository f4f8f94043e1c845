# coconala Gold rank: judged on the 1st of each month over the last 3 months.
id = coconala-gold
name.en = coconala Gold rank
name.ja = ココナラ ゴールドランク
about.en = coconala's Gold rank: sales over the last 3 months of at least ¥50,000, completion ≥ 90 %, rating ≥ 4.8 over the last 3 months, identity verified; judged on the 1st of each month. The platform may change its rules at any time.
about.ja = ココナラのゴールドランク: 直近3か月の売上 ¥50,000 以上、完了率90%以上、直近3か月の評価4.8以上、本人確認済み。毎月1日に判定されます。ルールはプラットフォームが変更することがあります。
review = monthly
sources.en = coconala help: ランクの条件. Nintei's copy was checked on 2026-11-29; coconala may have changed them since — its own page decides.
sources.ja = ココナラ ヘルプ「ランクの条件」。Nintei の内容は 2026-11-29 に確認したものです。その後ココナラが変更していることがあります。最終的にはココナラのページが基準です。

rule = sales
metric = sales
threshold = 50000
window = 3 months
label.en = Sales (last 3 months)
label.ja = 売上 (直近3か月)
valid_from = 2020-01-01
source.en = coconala help, ランク: sales of ¥50,000 or more over the last 3 months
source.ja = ココナラ ヘルプ ランク — 直近3か月の売上 ¥50,000 以上
checked = 2026-11-29

rule = completion_rate
metric = completion_rate
threshold = 0.90
window = 3 months
minimum = 1
valid_from = 2020-01-01
source.en = coconala help, ランク: completion rate 90 % or more
source.ja = ココナラ ヘルプ ランク — 完了率 90% 以上
checked = 2026-11-29

rule = rating
metric = average_rating
threshold = 4.8
window = 3 months
minimum = 1
label.en = Rating (last 3 months)
label.ja = 評価 (直近3か月)
valid_from = 2020-01-01
source.en = coconala help, ランク: a rating of 4.8 or more over the last 3 months
source.ja = ココナラ ヘルプ ランク — 直近3か月の評価 4.8 以上
checked = 2026-11-29

rule = identity
metric = checks_done
threshold = 1
checks = identity
label.en = Identity verified
label.ja = 本人確認
valid_from = 2020-01-01
source.en = coconala help, ランク: identity verified
source.ja = ココナラ ヘルプ ランク — 本人確認済み
checked = 2026-11-29
