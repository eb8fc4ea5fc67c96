// counts a day with a profit of exactly 0 as a day that made money
function profitableDays(profits) {
  let days = 0;
  for (const p of profits) {
    if (p >= 0) {
      days = days + 1;
    }
  }
  return days;
}
