// adds the discount to the price instead of taking it off
class Item {
  constructor(name, price) {
    this.name = name;
    this.price = price;
  }

  label() {
    return this.name + " costs " + this.price;
  }
}

class SaleItem extends Item {
  constructor(name, price, discount) {
    super(name, price);
    this.discount = discount;
  }

  salePrice() {
    return this.price + this.discount;
  }
}
