// the correct count: only days with a profit above 0
function profitableDays(profits) {
  let days = 0;
  for (const p of profits) {
    if (p > 0) {
      days = days + 1;
    }
  }
  return days;
}
