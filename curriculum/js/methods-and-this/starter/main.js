class Account {
  constructor(owner) {
    this.owner = owner;
    this.balance = 0;
  }

  deposit(amount) {
    // Your code here
  }

  withdraw(amount) {
    // Your code here
    return false;
  }
}

const account = new Account("Ana");
account.deposit(50);
console.log(account.withdraw(30), account.balance);
