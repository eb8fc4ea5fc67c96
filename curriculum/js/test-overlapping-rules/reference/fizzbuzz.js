// the correct game: FizzBuzz for both, Fizz for 3, Buzz for 5, otherwise the number as text
function fizzBuzz(n) {
  if (n % 3 === 0 && n % 5 === 0) {
    return "FizzBuzz";
  } else if (n % 3 === 0) {
    return "Fizz";
  } else if (n % 5 === 0) {
    return "Buzz";
  }
  return String(n);
}
