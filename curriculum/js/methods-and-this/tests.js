test("a new Account('Ana') belongs to Ana and starts with a balance of 0", () => {
  const account = new Account("Ana");
  expect(account.owner).toBe("Ana");
  expect(account.balance).toBe(0);
});
test("deposit(50) makes the balance 50", () => {
  const account = new Account("Ana");
  account.deposit(50);
  expect(account.balance).toBe(50);
});
test("two deposits add up: 50 and then 25 make 75", () => {
  const account = new Account("Ana");
  account.deposit(50);
  account.deposit(25);
  expect(account.balance).toBe(75);
});
test("withdraw(30) from 50 gives true and leaves 20", () => {
  const account = new Account("Ana");
  account.deposit(50);
  expect(account.withdraw(30)).toBe(true);
  expect(account.balance).toBe(20);
});
test("withdraw(80) from 50 gives false and leaves the balance at 50", () => {
  const account = new Account("Ana");
  account.deposit(50);
  expect(account.withdraw(80)).toBe(false);
  expect(account.balance).toBe(50);
});
test("taking out the whole balance is allowed: withdraw(50) from 50 leaves 0", () => {
  const account = new Account("Ana");
  account.deposit(50);
  expect(account.withdraw(50)).toBe(true);
  expect(account.balance).toBe(0);
});
test("two accounts keep their own balances", () => {
  const ana = new Account("Ana");
  const ben = new Account("Ben");
  ana.deposit(40);
  ben.deposit(10);
  ana.withdraw(15);
  expect(ana.balance).toBe(25);
  expect(ben.balance).toBe(10);
});
