# CrowdWorks プロクラウドワーカー, from the 2018 review onward. Three of its rules are not in the logbook: enter them
# with `nintei set entered.top200 yes`, `entered.scouts 7`, `entered.communication 4.9` (or in Settings).
id = crowdworks-pro
name.en = CrowdWorks Pro CrowdWorker (プロクラウドワーカー)
name.ja = CrowdWorks プロクラウドワーカー
about.en = CrowdWorks' Pro: delivery completion ≥ 90 % over the past year, overall rating ≥ 4.8, identity verified; plus a monthly top-200 earnings rank, scouts and a communication rating, which you enter as CrowdWorks shows them. The platform may change its rules at any time.
about.ja = CrowdWorks のプロ認定: 過去1年の完了率90%以上、総合評価4.8以上、本人確認済み。月間報酬ランキング上位200位・スカウト数・コミュニケーション評価は CrowdWorks の表示を入力してください。ルールはプラットフォームが変更することがあります。
review = monthly
sources.en = CrowdWorks help: プロクラウドワーカーの認定基準 (2018 review). Nintei's copy was checked on 2026-11-29; CrowdWorks may have changed them since — its own page decides.
sources.ja = CrowdWorks ヘルプ「プロクラウドワーカーの認定基準」(2018年改定)。Nintei の内容は 2026-11-29 に確認したものです。その後 CrowdWorks が変更していることがあります。最終的には CrowdWorks のページが基準です。

rule = completion_rate
metric = completion_rate
threshold = 0.90
window = 365 days
minimum = 1
label.en = Delivery completion
label.ja = 納品完了率
valid_from = 2018-01-01
source.en = CrowdWorks help, プロクラウドワーカー: delivery completion of 90 % or more over the past year
source.ja = CrowdWorks ヘルプ プロクラウドワーカー — 過去1年の完了率 90% 以上
checked = 2026-11-29

rule = rating
metric = average_rating
threshold = 4.8
window = all
minimum = 1
label.en = Overall rating
label.ja = 総合評価
valid_from = 2018-01-01
source.en = CrowdWorks help, プロクラウドワーカー: an overall rating of 4.8 or more (all time)
source.ja = CrowdWorks ヘルプ プロクラウドワーカー — 総合評価 4.8 以上
checked = 2026-11-29

rule = identity
metric = checks_done
threshold = 1
checks = identity
label.en = Identity verified
label.ja = 本人確認
valid_from = 2018-01-01
source.en = CrowdWorks help, プロクラウドワーカー: identity verified
source.ja = CrowdWorks ヘルプ プロクラウドワーカー — 本人確認済み
checked = 2026-11-29

rule = top200
metric = entered
kind = yes_no
threshold = 1
label.en = Monthly top 200 (you enter it)
label.ja = 月間ランキング上位200位 (入力)
valid_from = 2018-01-01
source.en = CrowdWorks help, プロクラウドワーカー: in the monthly earnings ranking's top 200 at least once
source.ja = CrowdWorks ヘルプ プロクラウドワーカー — 月間報酬ランキング上位200位に1回以上
checked = 2026-11-29

rule = scouts
metric = entered
kind = count
threshold = 5
label.en = Scouts (entered)
label.ja = スカウト数 (入力)
valid_from = 2018-01-01
source.en = CrowdWorks help, プロクラウドワーカー: 5 or more scouts
source.ja = CrowdWorks ヘルプ プロクラウドワーカー — スカウト 5件以上
checked = 2026-11-29

rule = communication
metric = entered
kind = rating
threshold = 4.8
label.en = Communication rating (entered)
label.ja = コミュニケーション評価 (入力)
valid_from = 2018-01-01
source.en = CrowdWorks help, プロクラウドワーカー: a communication rating of 4.8 or more
source.ja = CrowdWorks ヘルプ プロクラウドワーカー — コミュニケーション評価
checked = 2026-11-29
