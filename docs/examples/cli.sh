# The queue's own template, triaged as of a date, the most urgent rows first.
cp node_modules/dispute-calc/queue/templates/disputes-en.csv disputes.csv
npx dispute-calc triage disputes.csv --as-of 2026-06-01 --out triaged.csv

# One evaluateDispute input per line in, one BatchResult per line out, in order.
echo '{"ruleset":"tmall","reason":"late_shipment","asOf":"2024-05-10","currency":"CNY","price":19900,"dates":{"paid":"2024-05-01"}}' > disputes.jsonl
npx dispute-calc evaluate --jsonl disputes.jsonl > results.jsonl

npx dispute-calc rulesets --locale zh-CN
