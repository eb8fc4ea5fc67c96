function weeksToSave(goal, perWeek) {
  let saved = 0;
  let weeks = 0;
  // Your code here
  return weeks;
}

console.log(weeksToSave(100, 30));
