int wi\  
th;
