die;
