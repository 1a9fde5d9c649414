// backfillEventDateText: gives events stored before `dateText` existed their dates in words, as src/dates/isoDates.ts
// (eventDateText) writes them at ingest: "30 October 2017", "May 2017" or "2017" as the precision allows, then the end
// date the same way when it reads otherwise. Run by src/db/migrate.ts when the search index is made anew; batched, so
// it needs an auto-commit transaction. No parameters. Returns updated: how many events were given their words.
MATCH (e:Event) WHERE e.startDate IS NOT NULL AND e.dateText IS NULL
CALL (e) {
  WITH e, ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] AS months,
       coalesce(e.datePrecision, 'DAY') AS precision, coalesce(e.endDate, e.startDate) AS end
  WITH e, CASE precision WHEN 'YEAR' THEN toString(e.startDate.year)
                         WHEN 'MONTH' THEN months[e.startDate.month - 1] + ' ' + toString(e.startDate.year)
                         ELSE toString(e.startDate.day) + ' ' + months[e.startDate.month - 1] + ' ' + toString(e.startDate.year) END AS first,
          CASE precision WHEN 'YEAR' THEN toString(end.year)
                         WHEN 'MONTH' THEN months[end.month - 1] + ' ' + toString(end.year)
                         ELSE toString(end.day) + ' ' + months[end.month - 1] + ' ' + toString(end.year) END AS last
  SET e.dateText = CASE WHEN last = first THEN first ELSE first + ' – ' + last END
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(e) AS updated
