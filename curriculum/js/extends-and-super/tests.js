test("new SaleItem('Soap', 4, 1) has the name 'Soap' and the price 4", () => {
  const soap = new SaleItem("Soap", 4, 1);
  expect(soap.name).toBe("Soap");
  expect(soap.price).toBe(4);
});
test("new SaleItem('Soap', 4, 1) has the discount 1", () => {
  expect(new SaleItem("Soap", 4, 1).discount).toBe(1);
});
test("salePrice() of soap at 4 with 1 off is 3", () => {
  expect(new SaleItem("Soap", 4, 1).salePrice()).toBe(3);
});
test("salePrice() of a radio at 30 with 12 off is 18", () => {
  expect(new SaleItem("Radio", 30, 12).salePrice()).toBe(18);
});
test("a SaleItem can use label() from Item: 'Soap costs 4'", () => {
  expect(new SaleItem("Soap", 4, 1).label()).toBe("Soap costs 4");
});
test("a SaleItem is also an Item", () => {
  expect(new SaleItem("Soap", 4, 1) instanceof Item).toBe(true);
});
test("Item still works on its own: 'Tea costs 2'", () => {
  expect(new Item("Tea", 2).label()).toBe("Tea costs 2");
});
