// never looks at the first day in the list
function profitableDays(profits) {
  let days = 0;
  for (let i = 1; i < profits.length; i = i + 1) {
    if (profits[i] > 0) {
      days = days + 1;
    }
  }
  return days;
}
