function atLeastTen(numbers) {
  return numbers.filter((n) => n >= 10);
}

console.log(atLeastTen([4, 10, 25, 9]));
