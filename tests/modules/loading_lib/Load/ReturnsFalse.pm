package Load::ReturnsFalse;
return 0;
