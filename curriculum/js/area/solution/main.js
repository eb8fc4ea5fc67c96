function area(width, length) {
  return width * length;
}

function perimeter(width, length) {
  return 2 * (width + length);
}
