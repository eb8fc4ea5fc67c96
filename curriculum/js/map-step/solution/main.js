function addTen(numbers) {
  return numbers.map((n) => n + 10);
}

console.log(addTen([1, 5, 20]));
