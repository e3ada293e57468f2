-- Invoice numbers (SPEC 14): the issue year followed by this sequence as 8 digits (202600000001).
create sequence invoice_number_seq;
