function area(width, length) {
  // Your code here
}

function perimeter(width, length) {
  // Your code here
}
