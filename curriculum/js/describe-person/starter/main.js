function describe(person) {
  // Your code here
  return "";
}
