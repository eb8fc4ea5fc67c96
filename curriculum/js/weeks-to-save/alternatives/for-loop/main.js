// counts the weeks with a for loop whose condition checks the savings
function weeksToSave(goal, perWeek) {
  let saved = 0;
  let weeks;
  for (weeks = 0; saved < goal; weeks = weeks + 1) {
    saved = saved + perWeek;
  }
  return weeks;
}

console.log(weeksToSave(100, 30));
